package io.herdbook.api.rest;

import io.herdbook.jobs.discovery.SingleCreatorDiscovery;
import io.herdbook.jobs.platform.Outcome;
import java.time.Instant;
import java.util.Optional;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Runs a queued {@link ProfileFetchJob} on whichever worker JobRunr hands it to. A fetch that ends without data is
 * not an error of the job (it is recorded in {@code fetch_attempts}, and the next discovery run tries again); an
 * exception (the database away) is, and JobRunr retries it.
 */
@Component
public class ProfileFetchJobHandler implements JobRequestHandler<ProfileFetchJob> {

    static final int RETRIES = 3;

    private final SingleCreatorDiscovery discovery;

    public ProfileFetchJobHandler(SingleCreatorDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    @Job(name = "%0", retries = RETRIES)
    public void run(ProfileFetchJob job) {
        Optional<Outcome> outcome = discovery.discover(job.organisationId(), job.creatorId(), Instant.parse(job.slot()));
        jobContext().logger().info(outcome.map(o -> "profile fetch: " + o).orElse("no such creator any more: nothing fetched"));
    }
}
