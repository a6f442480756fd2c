package io.herdbook.reports.completeness;

/**
 * The completeness figure, defined once.
 *
 * <p><b>Per creator</b>: captured / expected, where
 * <ul>
 * <li><em>captured</em> = the creator's stored posts that went up at or after its tracking start;</li>
 * <li><em>expected</em> = the post count of its latest profile snapshot that carries one (videoCount: what the
 *     profile says, hidden posts included, case C4). Unknown — and so the figure null — when no profile count was
 *     ever read, or when the creator has a tracking start (later than the default, the epoch): the profile then
 *     counts posts older than it, which are not expected, and the platform does not say how many there are, so any
 *     ratio would understate it;</li>
 * <li>capped at 1: captured may pass the count when posts were deleted after they were captured (their rows stay);
 *     an expected count of 0 is 1 (nothing is missing).</li>
 * </ul>
 * <p><b>Per project</b>: Σ min(captured, expected) / Σ expected over its {@code ACTIVE} and {@code PRIVATE} creators
 * (those discovery follows) whose figure is known; each creator's captured is capped at its expected, so one creator
 * with more rows than its count cannot hide another's gap. Null when no such creator has a figure.
 */
public final class Completeness {

    /**
     * One row per creator: {@code creator_id, organisation_id, project_id, handle, status, captured, expected}, with
     * {@code expected} null where unknown. Append a WHERE over {@code c}; other read models join it by {@code creator_id}.
     */
    public static final String CREATOR_ROWS = """
            SELECT c.id AS creator_id, c.organisation_id, c.project_id, c.handle, c.status,
                   (SELECT count(*) FROM posts p
                     WHERE p.creator_id = c.id AND p.organisation_id = c.organisation_id AND p.posted_at >= c.tracking_start) AS captured,
                   CASE WHEN c.tracking_start > '1970-01-01T00:00:00Z' THEN NULL
                        ELSE (SELECT cs.post_count FROM creator_snapshots cs
                               WHERE cs.creator_id = c.id AND cs.organisation_id = c.organisation_id AND cs.post_count IS NOT NULL
                               ORDER BY cs.observed_at DESC LIMIT 1) END AS expected
              FROM creators c
            """;

    /** {@link #CREATOR_ROWS} with {@code counted}: whether the row counts in its project's figure. {@code %s}: a WHERE over {@code c}. */
    static final String COUNTED_ROWS = "SELECT x.*, x.expected IS NOT NULL AND x.status IN ('ACTIVE', 'PRIVATE') AS counted FROM ("
            + CREATOR_ROWS + " %s) x";

    private Completeness() {
    }

    /** captured / expected capped at 1; 1 when nothing is expected; null when {@code expected} is unknown. */
    public static Double ratio(long captured, Long expected) {
        if (expected == null) {
            return null;
        }
        if (expected <= 0 || captured >= expected) {
            return 1.0;
        }
        return (double) captured / expected;
    }
}
