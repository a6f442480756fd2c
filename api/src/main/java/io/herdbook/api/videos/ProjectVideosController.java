package io.herdbook.api.videos;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.api.rest.JsonBody;
import io.herdbook.api.rest.Page;
import io.herdbook.jobs.payouts.Keyset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A project's videos and its tracking inbox: the posts discovery found while the project reviews its finds
 * ({@code review_discovered}), PENDING until approved (TRACKED) or excluded (EXCLUDED). Another organisation's project
 * answers 404 as an unknown one.
 */
@Tag(name = "videos")
@RestController
@RequestMapping(path = "/api/v1/projects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProjectVideosController {

    static final int MAX_LIMIT = 200;
    private static final String LIST = "videos";
    private static final Set<String> STATUSES = Set.of("PENDING", "TRACKED", "EXCLUDED", "EXPIRED");

    private final VideoTracking tracking;
    private final VideoStore videos;

    ProjectVideosController(VideoTracking tracking, VideoStore videos) {
        this.tracking = tracking;
        this.videos = videos;
    }

    @Operation(summary = "A project's videos, newest first, by cursor; status= filters by tracking status",
            description = "Read scope. The cursor is (posted_at, id), so videos sharing a post time are each listed once.")
    @RequiresScope(Scope.READ)
    @GetMapping("/videos")
    public Page<VideoView> list(@PathVariable long id, @RequestParam(required = false) String status,
                                @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be one of PENDING, TRACKED, EXCLUDED, EXPIRED");
        }
        return page(id, status, cursor, limit);
    }

    @Operation(summary = "The project's tracking inbox: its PENDING videos, newest first, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/inbox")
    public Page<VideoView> inbox(@PathVariable long id, @RequestParam(required = false) String cursor,
                                 @RequestParam(defaultValue = "50") int limit) {
        return page(id, "PENDING", cursor, limit);
    }

    @Operation(summary = "Approve inbox videos: {ids: [≤50]} become TRACKED",
            description = "Write scope. Any id not yours: 404 listing them; one of yours not PENDING in this project's inbox: 409 "
                    + "listing them; either way nothing changes.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/inbox/approve")
    public Map<String, Object> approve(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.Ids.class)))
            @RequestBody(required = false) String body) {
        return decide(id, body, "TRACKED");
    }

    @Operation(summary = "Exclude inbox videos: {ids: [≤50]} become EXCLUDED",
            description = "Write scope. The same refusals as approve; nothing changes when any id is refused.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/inbox/exclude")
    public Map<String, Object> exclude(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.Ids.class)))
            @RequestBody(required = false) String body) {
        return decide(id, body, "EXCLUDED");
    }

    @Operation(summary = "Whether discovery's finds wait in the inbox: {review_discovered: true|false}",
            description = "Write scope. true: posts discovery finds from now on land PENDING; false: TRACKED at once. Posts already "
                    + "known keep their status either way.")
    @RequiresScope(Scope.WRITE)
    @PutMapping("/inbox-setting")
    public Map<String, Object> setInbox(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VideoRequests.InboxSetting.class)))
            @RequestBody(required = false) String body) {
        long project = tracking.project(id);
        JsonBody json = JsonBody.of(body, Set.of("review_discovered"));
        Boolean review = json.bool("review_discovered", true);
        json.check();
        videos.setReviewDiscovered(tracking.organisation(), project, review);
        return Map.of("project_id", project, "review_discovered", videos.reviewDiscovered(tracking.organisation(), project));
    }

    private Map<String, Object> decide(long projectId, String body, String status) {
        tracking.project(projectId);
        JsonBody json = JsonBody.of(body, Set.of("ids"));
        List<Long> ids = json.ids("ids", VideosController.MAX_BULK);
        json.check();
        tracking.decide(projectId, ids, status);
        return Map.of("ids", ids, "tracking", status);
    }

    private Page<VideoView> page(long projectId, String status, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Keyset after;
        try {
            after = cursor == null ? null : Keyset.parse(LIST, cursor);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        long project = tracking.project(projectId);
        List<VideoView> rows = videos.page(tracking.organisation(), project, status, after, limit + 1);
        boolean more = rows.size() > limit;
        List<VideoView> items = more ? rows.subList(0, limit) : rows;
        return new Page<>(items, more ? new Keyset(LIST, items.getLast().postedAt(), items.getLast().id()).token() : null);
    }
}
