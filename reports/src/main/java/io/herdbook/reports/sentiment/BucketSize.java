package io.herdbook.reports.sentiment;

/** The width of a volume bucket: whole days for short ranges, ISO weeks (Monday first) for longer ones. */
public enum BucketSize {
    DAY, WEEK;

    /** Ranges up to this many days are shown by day; 15 days and more by week. */
    public static final int MAX_DAYS_BY_DAY = 14;

    static BucketSize forDays(long days) {
        return days <= MAX_DAYS_BY_DAY ? DAY : WEEK;
    }
}
