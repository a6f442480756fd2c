package io.herdbook.jobs.launch;

import io.herdbook.jobs.comments.CommentSweepJobConfiguration;
import io.herdbook.jobs.discovery.DiscoveryJobConfiguration;
import io.herdbook.jobs.goals.GoalEvaluationJobConfiguration;
import io.herdbook.jobs.placeholder.PlaceholderJob;
import io.herdbook.jobs.reconcile.DeepReconcileJobConfiguration;
import io.herdbook.jobs.refresh.StatsRefreshJobConfiguration;
import java.util.List;

/** The names of the jobs in this build, known without starting anything (the CLI checks a name first). */
public final class JobNames {

    /** The jobs the demo runs, in the order it runs them. */
    public static final List<String> ALL = List.of(DiscoveryJobConfiguration.JOB_NAME, StatsRefreshJobConfiguration.JOB_NAME);

    /** Every job of the catalogue, in DESIGN.md's "Job catalogue" order; some are still placeholders. */
    public static final List<String> CATALOGUE = List.of(
            DiscoveryJobConfiguration.JOB_NAME,
            DeepReconcileJobConfiguration.JOB_NAME,
            StatsRefreshJobConfiguration.JOB_NAME,
            CommentSweepJobConfiguration.JOB_NAME,
            PlaceholderJob.HEALTH_CHECK.jobName(),
            PlaceholderJob.ANOMALY_CHECK.jobName(),
            PlaceholderJob.DAILY_DIGEST.jobName(),
            GoalEvaluationJobConfiguration.JOB_NAME,
            PlaceholderJob.VIDEO_EXPIRY.jobName());

    private JobNames() {
    }
}
