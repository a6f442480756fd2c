package io.herdbook.api.videos;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.refresh.SinglePostRefresh;
import java.time.Instant;
import java.util.Optional;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Runs a queued {@link VideoRefreshJob} on whichever worker JobRunr hands it to. A fetch without data is not an error
 * of the job (it is recorded in {@code fetch_attempts}, and the last stats are kept); an exception (the database away)
 * is, and JobRunr retries it. A post no longer tracked by the time it runs is left alone.
 */
@Component
public class VideoRefreshJobHandler implements JobRequestHandler<VideoRefreshJob> {

    static final int RETRIES = 3;

    private final SinglePostRefresh refresh;

    public VideoRefreshJobHandler(SinglePostRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    @Job(name = "%0", retries = RETRIES)
    public void run(VideoRefreshJob job) {
        Optional<Outcome> outcome = refresh.refresh(job.organisationId(), job.postId(), Instant.parse(job.slot()));
        jobContext().logger().info(outcome.map(o -> "stats refresh: " + o).orElse("not a tracked post any more: nothing fetched"));
    }
}
