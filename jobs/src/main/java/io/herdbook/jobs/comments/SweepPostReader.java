package io.herdbook.jobs.comments;

import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/**
 * The posts one partition sweeps, in sweep order: first the posts not swept before this slot (never
 * swept: discovered since the last sweep), then the others; newest first ({@code posted_at} desc, then
 * id desc) within each group. Pages by keyset on those three values, so a restart resumes after the
 * last committed chunk.
 */
final class SweepPostReader {

    /** What the manager step counts to cut partitions: one row per post to sweep. */
    static final String CREATOR_IDS = """
            SELECT p.creator_id FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
             WHERE p.tracked AND c.status = 'ACTIVE'""";

    /**
     * A derived table, so the keyset's columns are unambiguous and {@code first_group} can be a sort key.
     * The group must not change for a post this run already swept, or the keyset would meet it again
     * further on: the writer only ever moves {@code comments_swept_at} forward to the slot, so "not swept
     * before this slot" ({@code NULL} or {@code >= :slot}) stays true for it.
     */
    private static final String SWEEP_POSTS = """
            FROM (SELECT p.id, p.organisation_id, p.creator_id, c.handle, p.platform_post_id, p.kind, p.posted_at,
                         CASE WHEN p.comments_swept_at IS NULL OR p.comments_swept_at >= :slot THEN 0 ELSE 1 END AS sweep_group
                    FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
                   WHERE p.tracked AND c.status = 'ACTIVE') AS sweep_posts""";

    private SweepPostReader() {
    }

    /** A restartable reader named {@code name} over the slice's posts for {@code slot}, {@code pageSize} rows a query. */
    static JdbcPagingItemReader<TrackedPost> create(String name, DataSource dataSource, CreatorHashSlice slice, Instant slot,
                                                    int pageSize) throws Exception {
        Map<String, Order> order = new LinkedHashMap<>();
        order.put("sweep_group", Order.ASCENDING);
        order.put("posted_at", Order.DESCENDING);
        order.put("id", Order.DESCENDING);
        Map<String, Object> parameters = new HashMap<>(slice.parameters());
        parameters.put("slot", Sql.utc(slot));
        JdbcPagingItemReader<TrackedPost> reader = new JdbcPagingItemReaderBuilder<TrackedPost>()
                .name(name)
                .dataSource(dataSource)
                .selectClause("SELECT id, organisation_id, creator_id, handle, platform_post_id, kind, posted_at, sweep_group")
                .fromClause(SWEEP_POSTS)
                .whereClause("WHERE " + slice.where("creator_id"))
                .parameterValues(parameters)
                .sortKeys(order)
                .pageSize(pageSize)
                .rowMapper((rs, i) -> new TrackedPost(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("creator_id"),
                        rs.getString("handle"), rs.getString("platform_post_id"), PostKind.valueOf(rs.getString("kind"))))
                .build();
        reader.afterPropertiesSet();
        return reader;
    }
}
