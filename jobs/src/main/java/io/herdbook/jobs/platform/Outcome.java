package io.herdbook.jobs.platform;

/**
 * How one fetch ended. Stored as text in {@code fetch_attempts.outcome}; renaming a constant needs a
 * migration.
 */
public enum Outcome {
    /** The page or body carried the data asked for. The only outcome that may write stats. */
    DATA,
    /**
     * The platform refused us: CDN 403, 451 legal block, login wall, region wall, captcha, a bot-challenge
     * shell (a small page without a data script). Retry later.
     */
    BLOCKED,
    /** The account or post is private (status 10222 / 10216). Keep the last known values. */
    PRIVATE,
    /** The account or post does not exist (any more): 10221, 10202, a 404. */
    NOT_FOUND,
    /**
     * A complete page without data: a larger client-rendered page with no data script (a tag or discover
     * page), or a data script without a detail scope. A challenge shell is {@link #BLOCKED}; a cut-off page
     * is {@link #UNREADABLE}.
     */
    SHELL,
    /** The fetch itself failed: timeout, connection refused, 5xx. Retry later. */
    FAILED,
    /**
     * The body was readable but in no format we know (parse drift), or it was cut off (a page without its
     * closing {@code </html>}, or cut inside its data script) or an empty saved file. Final until the
     * parser is fixed.
     */
    UNREADABLE
}
