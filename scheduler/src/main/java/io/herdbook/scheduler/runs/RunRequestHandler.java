package io.herdbook.scheduler.runs;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Runs a ledger run on whichever worker JobRunr hands it to. A failed attempt throws, so JobRunr
 * retries it with back-off; a worker that dies mid-run has its job handed to another worker, whose
 * attempt recovers the Spring Batch execution the dead one left STARTED (case C7, C9).
 */
@Component
public class RunRequestHandler implements JobRequestHandler<RunRequest> {

    /** Retries after a failed attempt (a node that died mid-run counts as one), with JobRunr's exponential back-off. */
    static final int RETRIES = 4;

    private final RunExecutor executor;

    public RunRequestHandler(RunExecutor executor) {
        this.executor = executor;
    }

    @Override
    @Job(name = "%0", retries = RETRIES)
    public void run(RunRequest request) throws Exception {
        jobContext().logger().info("running " + request + " on " + executor.node());
        executor.execute(request.runId(), jobContext().amountOfFailures() < RETRIES);
    }
}
