package io.herdbook.api.videos;

import io.herdbook.api.limits.Admission;
import io.herdbook.api.limits.LimitName;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.api.rest.JsonBody;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Videos (posts: videos and photo carousels): add by link, read one with its latest stats, turn its tracking on and
 * off (one or in bulk), and queue a stats refresh of it. Another organisation's video answers 404 as an unknown one.
 */
@Tag(name = "videos", description = "Videos and photo posts, their tracking and the tracking inbox. Read scope to read, write scope to change.")
@RestController
@RequestMapping(path = "/api/v1/videos", produces = MediaType.APPLICATION_JSON_VALUE)
public class VideosController {

    static final int MAX_BULK = 50;

    private final VideoTracking tracking;
    private final JobRequestScheduler queue;
    private final Clock clock;
    private final Admission admission;

    VideosController(VideoTracking tracking, JobRequestScheduler queue, Clock clock, Admission admission) {
        this.tracking = tracking;
        this.queue = queue;
        this.clock = clock;
        this.admission = admission;
    }

    @Operation(summary = "Add videos by link: {project_id, url} or {project_id, urls: [≤50]}",
            description = "Write scope. A link is https://www.tiktok.com/@handle/video/<id> or /photo/<id> (also m.tiktok.com, with any "
                    + "query string); anything else is a 400 naming it, and nothing is written. The creator is found or registered by "
                    + "handle in the project; the post is added TRACKED with posted_at the id's time (approximate until a page gives "
                    + "the exact one). One link: 201 with the video and its Location, or 200 with the known video as it is. Bulk: "
                    + "200 with an item per link, status 201 (added) or 200 (already known).")
    @RequiresScope(Scope.WRITE)
    @PostMapping
    public ResponseEntity<?> add(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.Add.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, Set.of("project_id", "url", "urls"));
        Long project = json.whole("project_id", true, 1, Long.MAX_VALUE);
        boolean bulk = json.has("urls");
        if (bulk == json.has("url")) {
            json.problem("url", "send either url (one link) or urls (1 to " + MAX_BULK + " links), not both or neither");
        }
        String url = bulk ? null : json.text("url", false, 2048);
        List<String> urls = bulk ? json.texts("urls", true, MAX_BULK, 2048) : null;
        json.check();
        if (!bulk) {
            VideoTracking.Added added = tracking.add(project, "url", List.of(url)).getFirst();
            return added.created()
                    ? ResponseEntity.created(URI.create("/api/v1/videos/" + added.video().id())).body(added.video())
                    : ResponseEntity.ok(added.video());
        }
        List<BulkAdded.Item> items = tracking.add(project, "urls", urls).stream()
                .map(a -> new BulkAdded.Item(a.url(), a.created() ? 201 : 200, a.video())).toList();
        return ResponseEntity.ok(new BulkAdded(items));
    }

    @Operation(summary = "One video with its latest stats and tracking status", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}")
    public VideoView get(@PathVariable long id) {
        return tracking.video(id);
    }

    @Operation(summary = "Turn a video's tracking on or off: {tracking: TRACKED|EXCLUDED}",
            description = "Write scope. An EXCLUDED video is no longer refreshed, swept for comments or counted by goals; its stats "
                    + "history stays. PENDING (the inbox's) and EXPIRED cannot be set here: 400.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping("/{id}")
    public VideoView setTracking(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.Tracking.class)))
            @RequestBody(required = false) String body) {
        // The id first: another organisation's video is a 404 whatever the body (C18).
        tracking.video(id);
        JsonBody json = JsonBody.of(body, Set.of("tracking"));
        String status = json.choice("tracking", true, TrackingChoice::parse);
        json.check();
        tracking.setTracking(List.of(id), status);
        return tracking.video(id);
    }

    @Operation(summary = "Stop tracking a video: it becomes EXCLUDED, its history kept",
            description = "Write scope. Nothing is deleted: stats, comments and payout lines may refer to the post, and a known post is "
                    + "how discovery stops; PATCH {tracking: TRACKED} undoes it. 200 with the video.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/{id}")
    public VideoView stopTracking(@PathVariable long id) {
        tracking.video(id);
        tracking.setTracking(List.of(id), "EXCLUDED");
        return tracking.video(id);
    }

    @Operation(summary = "Turn tracking on or off for up to 50 videos: {ids, tracking}",
            description = "Write scope. Any id that is not yours (or does not exist): 404 listing them in refused_ids, and nothing changes.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/bulk-tracking")
    public Map<String, Object> bulkTracking(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.BulkTracking.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, Set.of("ids", "tracking"));
        List<Long> ids = json.ids("ids", MAX_BULK);
        String status = json.choice("tracking", true, TrackingChoice::parse);
        json.check();
        tracking.setTracking(ids, status);
        return Map.of("ids", ids, "tracking", status);
    }

    @Operation(summary = "Queue a stats refresh of one tracked video; 202",
            description = "Write scope. The fetch runs on a worker as a JobRunr job and writes its stats as stats-refresh would "
                    + "(suspect drops held, the attempt recorded). 409 when the video is not TRACKED.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/{id}/refresh")
    public ResponseEntity<Map<String, Object>> refresh(@PathVariable long id) {
        VideoView video = tracking.video(id);
        if (!"TRACKED".equals(video.tracking())) {
            throw PayoutRefusedException.conflict("video " + id + " is " + video.tracking() + "; only TRACKED videos are refreshed");
        }
        // A manual refresh counts against the plan's manual_refreshes_per_day (429 past it), in this transaction.
        admission.count(tracking.organisation(), LimitName.MANUAL_REFRESHES_PER_DAY);
        Instant now = clock.instant();
        VideoRefreshJob job = VideoRefreshJob.of(tracking.organisation(), id, now);
        queue.enqueue(job.id(), job);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("video_id", id, "job_id", job.id().toString(), "requested_at", now));
    }
}
