package io.herdbook.reports.compliance;

/** Why a compliance figure may not be the final word. Part of the API's contract: renaming one changes it. */
public enum ComplianceAdvisory {
    /** The period has not ended: posts may still go up and views still grow. */
    PERIOD_IN_PROGRESS,
    /** The period ended less than 48 h ago: its posts' views are still counted until goal-evaluation acts at the 48 h mark. */
    PERIOD_CLOSED_RECENTLY,
    /**
     * The creator's stats were last fetched longer ago than {@code herdbook.compliance.stale-after} (or never): the
     * figure may lag behind the platform. Only raised while the period is in progress or closed less than 48 h ago.
     */
    STATS_MAY_BE_STALE,
    /** The period lies before the goal's first period (the one containing its start date): the goal does not apply yet. */
    GOAL_NOT_STARTED,
    /**
     * The period is past its 48 h mark but goal-evaluation (hourly) has not stored this creator's result yet: the figure
     * is the one it will store, measured by the same stats, but it is not final until then.
     */
    AWAITING_EVALUATION
}
