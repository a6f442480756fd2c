package io.herdbook.api.videos;

import io.herdbook.api.limits.Admission;
import io.herdbook.api.limits.LimitName;
import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import io.herdbook.jobs.payouts.FieldProblem;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.jobs.tracking.CreatorStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the video endpoints do, scoped by the caller's organisation: add posts by URL, change their tracking status one
 * by one or in bulk, and move them out of a project's inbox. Every change checks all of its input before writing
 * anything; the API's write transaction (one per request) makes a refused request change nothing.
 */
@Service
class VideoTracking {

    /** The actor of creator events written when adding a video registers (or reactivates) its creator. */
    static final String ACTOR = "api";

    private final VideoStore videos;
    private final CreatorStore creators;
    private final Clock clock;
    private final Admission admission;

    VideoTracking(VideoStore videos, CreatorStore creators, Clock clock, Admission admission) {
        this.videos = videos;
        this.creators = creators;
        this.clock = clock;
        this.admission = admission;
    }

    /** The caller's organisation; without a caller, nothing is anyone's. */
    long organisation() {
        return Callers.current().map(Caller::organisationId).orElse(0L);
    }

    /** The caller's project. @throws PayoutRefusedException NOT_FOUND when it is not theirs, as for an unknown id */
    long project(long projectId) {
        if (!videos.projectOwned(organisation(), projectId)) {
            throw PayoutRefusedException.notFound("no such project: " + projectId);
        }
        return projectId;
    }

    /** The caller's video. @throws PayoutRefusedException NOT_FOUND when it is not theirs, as for an unknown id */
    VideoView video(long id) {
        return videos.find(organisation(), id).orElseThrow(() -> PayoutRefusedException.notFound("no such video: " + id));
    }

    /** One URL added, or found already known. */
    record Added(String url, boolean created, VideoView video) {
    }

    /**
     * Adds the posts these links name to the project, TRACKED; each creator is found or registered by handle in the
     * project. Every link is read first: one that is not a TikTok post link is a 400 naming it, and nothing is written.
     * A post the creator already has is returned as it is, whatever its tracking status.
     */
    List<Added> add(long projectId, String field, List<String> urls) {
        long organisation = organisation();
        project(projectId);
        Map<String, VideoUrl> read = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            String name = urls.size() == 1 && field.equals("url") ? field : field + "[" + i + "]";
            VideoUrl.parse(url).ifPresentOrElse(v -> read.put(url, v), () -> problems.add(new FieldProblem(name,
                    "not a TikTok video or photo link (https://www.tiktok.com/@handle/video/<id> or /photo/<id>): " + shown(url))));
        }
        if (!problems.isEmpty()) {
            throw PayoutRefusedException.invalid(problems);
        }
        // Additions take turns per organisation; the tracked_videos figure is judged after them, when it is known
        // which links were new, and a refusal rolls them all back.
        admission.lock(organisation);
        Instant now = clock.instant();
        List<Added> added = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        for (Map.Entry<String, VideoUrl> entry : read.entrySet()) {
            Optional<Long> known = videos.idOfPlatformPost(organisation, entry.getValue().postId());
            if (known.isPresent()) {
                added.add(new Added(entry.getKey(), false, videos.find(organisation, known.get()).orElseThrow()));
                continue;
            }
            CreatorStore.Registration creator = creators.registerOrReactivate(projectId, entry.getValue().handle(), ACTOR);
            creator.stillDisabled().ifPresent(reason -> disabled.add("@" + entry.getValue().handle() + " (" + reason + ")"));
            VideoStore.Added row = videos.add(organisation, creator.id(), entry.getValue(), now);
            added.add(new Added(entry.getKey(), row.created(), videos.find(organisation, row.id()).orElseThrow()));
        }
        if (!disabled.isEmpty()) {
            // Its videos would be tracked but never refreshed: the creator comes back first (rolled back with the rest).
            throw PayoutRefusedException.conflict("creator " + String.join(", ", disabled) + " is disabled; add it again with "
                    + "POST /api/v1/creators or re-enable it before adding its videos; nothing was added");
        }
        // A link can register its creator: both capacities are judged, after the change, under the lock.
        admission.requireWithin(organisation, LimitName.CREATORS);
        admission.requireWithin(organisation, LimitName.TRACKED_VIDEOS);
        return added;
    }

    /**
     * Sets these videos' tracking status. Any id that is not the caller's refuses the whole request (404 listing them).
     */
    void setTracking(List<Long> ids, String status) {
        long organisation = organisation();
        List<Long> refused = videos.notOwned(organisation, ids);
        if (!refused.isEmpty()) {
            throw RefusedIdsException.notFound(refused);
        }
        admission.lock(organisation);
        videos.setTracking(organisation, ids, status);
        admission.requireWithin(organisation, LimitName.TRACKED_VIDEOS);
    }

    /**
     * Moves PENDING posts of the project's inbox to {@code status}. An id that is not the caller's refuses the whole
     * request (404 listing them); one of theirs that is not PENDING in this project's inbox refuses it too (409).
     */
    void decide(long projectId, List<Long> ids, String status) {
        long organisation = organisation();
        project(projectId);
        List<Long> refused = videos.notOwned(organisation, ids);
        if (!refused.isEmpty()) {
            throw RefusedIdsException.notFound(refused);
        }
        List<Long> notPending = videos.notPendingIn(organisation, projectId, ids);
        if (!notPending.isEmpty()) {
            throw RefusedIdsException.conflict("not PENDING in project " + projectId + "'s inbox", notPending);
        }
        admission.lock(organisation);
        videos.setTracking(organisation, ids, status);
        admission.requireWithin(organisation, LimitName.TRACKED_VIDEOS);
    }

    private static String shown(String url) {
        return url.length() > 120 ? url.substring(0, 120) + "…" : url;
    }
}
