package io.herdbook.scheduler.partition;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.server.runner.ThreadLocalJobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a manager waiting on its partitions shows: a log line per partition that ended, and, when the manager itself
 * runs inside a JobRunr job (the scheduler's run job launches Spring Batch from one, on the JobRunr worker's thread),
 * that job's progress bar over the run's items and a dashboard line per partition. Without a JobRunr job around it
 * (a test, the CLI) only the application log is written.
 */
final class ManagerProgress {

    private static final Logger log = LoggerFactory.getLogger(ManagerProgress.class);

    private final String manager;
    private final int partitions;
    private final JobContext context;
    private final JobDashboardProgressBar bar;
    private int ended;

    private ManagerProgress(String manager, int partitions, long items, JobContext context) {
        this.manager = manager;
        this.partitions = partitions;
        this.context = context;
        this.bar = context == null ? null : context.progressBar(items);
        if (context != null) {
            context.logger().info(manager + ": " + partitions + " partitions enqueued, " + items + " items");
        }
    }

    /** The progress of a manager step on this thread, in the enclosing JobRunr job if there is one. */
    static ManagerProgress start(String manager, int partitions, long items) {
        JobContext context = ThreadLocalJobContext.hasJobContext() ? ThreadLocalJobContext.getJobContext() : null;
        return new ManagerProgress(manager, partitions, items, context);
    }

    /** Whether there is a dashboard to move (if not, counting items done is not worth a query). */
    boolean showsItems() {
        return bar != null;
    }

    void itemsDone(long items) {
        if (bar != null) {
            bar.setProgress(Math.min(items, bar.getTotalAmount()));
        }
    }

    void partitionEnded(String partition, StateName jobState) {
        ended++;
        String line = manager + ": " + partition + " ended " + jobState + " (" + ended + "/" + partitions + " partitions)";
        log.info(line);
        if (context != null) {
            context.logger().info(line);
        }
    }
}
