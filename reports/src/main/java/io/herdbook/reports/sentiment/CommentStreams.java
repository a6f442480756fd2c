package io.herdbook.reports.sentiment;

import io.herdbook.jobs.comments.sentiment.SentimentLabel;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.reports.range.DateRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comments themselves, a page at a time by keyset: a project's stream over a range (newest first,
 * filtered by label and keyword) and one post's comments in a chosen order, with the post's breakdown.
 */
@Repository
public class CommentStreams {

    private static final String COLUMNS = """
            SELECT c.id, c.post_id, cr.id AS creator_id, cr.handle AS creator_handle, c.author_handle, c.text,
                   c.image_count, c.posted_at, c.likes, c.replies, c.sentiment, c.sentiment_score, c.unscored_reason
            """;
    // The keyword is a bound parameter matched with strpos, not LIKE: '%' and '_' in it are plain characters.
    private static final String FILTER = """
               AND (CAST(:label AS text) IS NULL OR c.sentiment = CAST(:label AS text))
               AND (CAST(:keyword AS text) IS NULL OR strpos(lower(c.text), lower(CAST(:keyword AS text))) > 0)
            """;

    private final JdbcClient jdbc;

    public CommentStreams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} of the project's comments in range that pass the filter, newest first, after the cursor. */
    public List<SentimentComment> project(long organisationId, long projectId, DateRange range, CommentFilter filter,
                                          CommentCursor after, int limit) {
        String keyset = after == null ? "" : " AND " + CommentOrder.NEWEST.after;
        JdbcClient.StatementSpec spec = jdbc.sql(COLUMNS + ProjectComments.FROM + FILTER + keyset
                        + " ORDER BY " + CommentOrder.NEWEST.orderBy + " LIMIT :limit")
                .param("organisation", organisationId).param("project", projectId)
                .param("start", Sql.utc(range.start())).param("end", Sql.utc(range.end()))
                .param("label", filter.label() == null ? null : filter.label().name()).param("keyword", filter.keyword())
                .param("limit", limit);
        return page(spec, after).query((rs, i) -> comment(rs)).list();
    }

    /** Whether the organisation has this post; another organisation's post is as absent as a missing one. */
    public boolean postExists(long organisationId, long postId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM posts WHERE organisation_id = :organisation AND id = :post)")
                .param("organisation", organisationId).param("post", postId).query(Boolean.class).single();
    }

    /** Every stored comment of the post, counted by label. */
    public PostCommentSummary summary(long organisationId, long postId) {
        return jdbc.sql("SELECT " + LabelCounts.COLUMNS + ", avg(c.sentiment_score) AS average"
                        + " FROM comments c WHERE c.organisation_id = :organisation AND c.post_id = :post")
                .param("organisation", organisationId).param("post", postId)
                .query((rs, i) -> {
                    LabelCounts counts = LabelCounts.read(rs);
                    return new PostCommentSummary(counts, Figures.percent(counts.positive(), counts.analysed()),
                            Figures.percent(counts.negative(), counts.analysed()), Figures.score(rs.getObject("average", Double.class)));
                }).single();
    }

    /** Up to {@code limit} comments of the post in {@code order}, after the cursor (which must be of that order). */
    public List<SentimentComment> post(long organisationId, long postId, CommentOrder order, CommentCursor after, int limit) {
        String keyset = after == null ? "" : " AND " + order.after;
        JdbcClient.StatementSpec spec = jdbc.sql(COLUMNS + """
                  FROM comments c
                  JOIN posts p ON p.organisation_id = c.organisation_id AND p.id = c.post_id
                  JOIN creators cr ON cr.organisation_id = p.organisation_id AND cr.id = p.creator_id
                 WHERE c.organisation_id = :organisation AND c.post_id = :post""" + keyset
                        + " ORDER BY " + order.orderBy + " LIMIT :limit")
                .param("organisation", organisationId).param("post", postId).param("limit", limit);
        return page(spec, after).query((rs, i) -> comment(rs)).list();
    }

    private static JdbcClient.StatementSpec page(JdbcClient.StatementSpec spec, CommentCursor after) {
        if (after == null) {
            return spec;
        }
        spec = spec.param("afterId", after.id());
        return after.order() == CommentOrder.LIKES ? spec.param("afterLikes", after.likes()) : spec.param("afterAt", Sql.utc(after.postedAt()));
    }

    private static SentimentComment comment(ResultSet rs) throws SQLException {
        return new SentimentComment(rs.getLong("id"), rs.getLong("post_id"), rs.getLong("creator_id"), rs.getString("creator_handle"),
                rs.getString("author_handle"), rs.getString("text"), rs.getInt("image_count"), Sql.instant(rs, "posted_at"),
                rs.getLong("likes"), rs.getLong("replies"), SentimentLabel.valueOf(rs.getString("sentiment")),
                rs.getObject("sentiment_score", Double.class), rs.getString("unscored_reason"));
    }
}
