package io.herdbook.api.rest;

import io.herdbook.reports.exports.ExportFiles;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Runs a queued export on whichever worker JobRunr hands it to, with a progress bar over its lines and a log line
 * at the start, the end and on failure in the dashboard. A failed attempt throws, so JobRunr retries it; the last
 * one leaves the export FAILED with why.
 */
@Component
public class ExportJobHandler implements JobRequestHandler<ExportJob> {

    /** Retries after a failed attempt (a full disk may clear; a missing project will not), with JobRunr's back-off. */
    static final int RETRIES = 2;

    private final ExportFiles files;

    public ExportJobHandler(ExportFiles files) {
        this.files = files;
    }

    @Override
    @Job(name = "%0", retries = RETRIES)
    public void run(ExportJob job) throws Exception {
        JobContext context = jobContext();
        files.run(job.exportId(), context.amountOfFailures() >= RETRIES, new Dashboard(context));
    }

    /** The export's progress in JobRunr's dashboard. */
    private static final class Dashboard implements ExportFiles.Watcher {
        private final JobContext context;
        private JobDashboardProgressBar bar;

        Dashboard(JobContext context) {
            this.context = context;
        }

        @Override
        public void started(long total) {
            // An empty export is done at once: a bar of one step, complete.
            bar = context.progressBar(Math.max(total, 1));
            if (total == 0) {
                bar.setProgress(1);
            }
        }

        @Override
        public void linesWritten(long lines) {
            if (bar != null && lines > 0) {
                bar.setProgress(Math.min(lines, bar.getTotalAmount()));
            }
        }

        @Override
        public void log(String line) {
            context.logger().info(line);
        }
    }
}
