package io.herdbook.reports.sentiment;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Comments counted by label.
 *
 * @param total    every comment, UNSCORED included
 * @param analysed the scored ones (POSITIVE + NEUTRAL + NEGATIVE): the base of every percentage
 */
public record LabelCounts(long total, long analysed, long positive, long neutral, long negative, long unscored) {

    /** The SELECT list that {@link #read} reads, over comments aliased {@code c}. */
    static final String COLUMNS = """
            count(*) AS total,
            count(*) FILTER (WHERE c.sentiment <> 'UNSCORED') AS analysed,
            count(*) FILTER (WHERE c.sentiment = 'POSITIVE') AS positive,
            count(*) FILTER (WHERE c.sentiment = 'NEUTRAL') AS neutral,
            count(*) FILTER (WHERE c.sentiment = 'NEGATIVE') AS negative,
            count(*) FILTER (WHERE c.sentiment = 'UNSCORED') AS unscored""";

    static LabelCounts read(ResultSet rs) throws SQLException {
        return new LabelCounts(rs.getLong("total"), rs.getLong("analysed"), rs.getLong("positive"),
                rs.getLong("neutral"), rs.getLong("negative"), rs.getLong("unscored"));
    }
}
