package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostData;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Posts of tracked creators. */
@Repository
public class PostStore {

    private final JdbcTemplate jdbc;

    public PostStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these platform ids the creator already has. */
    public Set<String> knownIds(long creatorId, Collection<String> platformPostIds) {
        if (platformPostIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                SELECT platform_post_id FROM posts WHERE creator_id = ? AND platform_post_id = ANY (?)
                """, String.class, creatorId, platformPostIds.toArray(String[]::new)));
    }

    /**
     * Adds newly discovered posts. The (creator, platform, post id) key makes a post seen twice, by a
     * retry or by two overlapping runs, one row.
     *
     * @return how many rows were new
     */
    public int addAll(CreatorRef creator, List<PostData> posts, Instant firstSeenAt) {
        int[][] counts = jdbc.batchUpdate("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, image_count, url, caption,
                                   posted_at, posted_at_approximate, first_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (creator_id, platform, platform_post_id) DO NOTHING
                """, posts, 500, (ps, post) -> {
            ps.setLong(1, creator.organisationId());
            ps.setLong(2, creator.id());
            ps.setString(3, post.id());
            ps.setString(4, post.kind().name());
            ps.setInt(5, post.imageCount());
            ps.setString(6, post.canonicalUrl());
            ps.setString(7, post.caption() == null ? "" : post.caption());
            ps.setObject(8, Sql.utc(post.createdAt()));
            ps.setBoolean(9, post.createdApproximate());
            ps.setObject(10, Sql.utc(firstSeenAt));
        });
        int added = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                added += Math.max(n, 0);
            }
        }
        return added;
    }
}
