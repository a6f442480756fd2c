package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Posts of tracked creators. */
@Repository
public class PostStore {

    /**
     * What seeing a known post again changes, as a {@code SET} over the stored row ({@code posts}) and the incoming one
     * (alias {@code incoming}): everything a source may lack is kept. The caption changes only to a non-empty one, an
     * approximate {@code posted_at} (the id's time) gives way to an exact {@code createTime} but never the reverse, and
     * the cover changes only to another non-empty one (covers are signed CDN addresses that expire, so the fresher one
     * wins). Kind, url and first-seen time stay as first stored.
     */
    private static String keepWhatSourcesLack(String incoming) {
        return """
                SET caption = CASE WHEN i.caption <> '' THEN i.caption ELSE posts.caption END,
                    posted_at = CASE WHEN posts.posted_at_approximate AND NOT i.posted_at_approximate
                                     THEN i.posted_at ELSE posts.posted_at END,
                    posted_at_approximate = posts.posted_at_approximate AND i.posted_at_approximate,
                    thumbnail_url = coalesce(i.thumbnail_url, posts.thumbnail_url)""".replace("i.", incoming + ".");
    }

    /** True when {@link #keepWhatSourcesLack} would change the row: one left as it was costs no new row version. */
    private static String changes(String incoming) {
        return """
                ((i.caption <> '' AND i.caption <> posts.caption)
                 OR (posts.posted_at_approximate AND NOT i.posted_at_approximate)
                 OR (i.thumbnail_url IS NOT NULL AND i.thumbnail_url IS DISTINCT FROM posts.thumbnail_url))"""
                .replace("i.", incoming + ".");
    }

    /** The incoming posts of a call, one array per column, in call order ({@code n}). */
    private static final String INCOMING = """
            unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::text[],
                   ?::timestamptz[], ?::boolean[], ?::text[])
                   WITH ORDINALITY AS s(organisation_id, creator_id, post_id, platform_post_id, kind, image_count, url, caption,
                                        posted_at, posted_at_approximate, thumbnail_url, n)""";

    /**
     * Inserts the new posts and refreshes the known ones ({@link #keepWhatSourcesLack}) in one statement. A new post is
     * TRACKED, or PENDING in the project's tracking inbox when the project reviews what discovery finds
     * ({@code projects.review_discovered}); a known post's tracking status is never touched here. {@code xmax = 0}
     * tells an inserted row from an updated one: an update by {@code ON CONFLICT} stamps {@code xmax} with this
     * transaction's id, a fresh insert leaves it 0; a known post left as it was returns no row at all.
     */
    private static final String UPSERT = """
            WITH upserted AS (
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, image_count, url, caption,
                                   posted_at, posted_at_approximate, thumbnail_url, first_seen_at, tracking_status)
                SELECT organisation_id, creator_id, platform_post_id, kind, image_count, url, caption, posted_at,
                       posted_at_approximate, thumbnail_url, ?,
                       CASE WHEN (SELECT pr.review_discovered FROM creators c JOIN projects pr ON pr.id = c.project_id
                                   WHERE c.id = s.creator_id) THEN 'PENDING' ELSE 'TRACKED' END
                  FROM %s
                 ORDER BY n
                ON CONFLICT (creator_id, platform, platform_post_id) DO UPDATE
                %s
                 WHERE %s
                RETURNING xmax = 0 AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted) FROM upserted
            """.formatted(INCOMING, keepWhatSourcesLack("excluded"), changes("excluded"));

    /** Refreshes known posts by id ({@link #keepWhatSourcesLack}); never inserts. */
    private static final String REFRESH = """
            UPDATE posts
            %s
              FROM %s
             WHERE posts.id = s.post_id AND posts.organisation_id = s.organisation_id AND %s
            """.formatted(keepWhatSourcesLack("s"), INCOMING, changes("s"));

    /** A known post (by its id) as a source described it again. */
    public record Sighting(long organisationId, long postId, PostData post) {
    }

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
     * Adds the posts not yet known and refreshes what the known ones lacked: the (creator, platform, post id) key
     * makes a post seen twice, by a retry, two overlapping runs, a refresh or a reconcile, one row. Captions, post
     * times and covers are never wiped by a source without them (see {@link #UPSERT}); kind, url and first-seen time
     * stay as first stored, and so does the tracking status (new posts are TRACKED, or PENDING where the project
     * reviews discovered posts). Repeats of a post within the call are folded by the same rules first, since one statement
     * may update a row only once.
     *
     * @return how many rows were new
     */
    public int addAll(CreatorRef creator, List<PostData> posts, Instant firstSeenAt) {
        if (posts.isEmpty()) {
            return 0;
        }
        List<Sighting> rows = fold(posts).stream().map(post -> new Sighting(creator.organisationId(), 0, post)).toList();
        return jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement(UPSERT);
            ps.setObject(1, Sql.utc(firstSeenAt));
            bind(ps, 2, creator.id(), rows);
            return ps;
        }, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    /**
     * Refreshes what these known posts lacked from a source that described them again (a post page in stats-refresh),
     * by the rules of {@link #addAll}, in one statement whatever the creators. Posts of other organisations than the
     * one given with each, or unknown ids, are left alone. Each post at most once per call.
     */
    public void refreshAll(List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return;
        }
        jdbc.update(REFRESH, ps -> bind(ps, 1, 0, sightings));
    }

    private static List<PostData> fold(List<PostData> posts) {
        Map<String, PostData> byId = new LinkedHashMap<>();
        for (PostData post : posts) {
            byId.merge(post.id(), post, PostStore::seenAgain);
        }
        return List.copyOf(byId.values());
    }

    /** {@code known} seen again as {@code again}, by the rules of {@link #UPSERT}. */
    private static PostData seenAgain(PostData known, PostData again) {
        String caption = again.caption() != null && !again.caption().isEmpty() ? again.caption() : known.caption();
        boolean exactArrives = known.createdApproximate() && !again.createdApproximate();
        String cover = again.coverUrl() != null && !again.coverUrl().isEmpty() ? again.coverUrl() : known.coverUrl();
        return new PostData(known.id(), known.kind(), known.imageCount(), known.canonicalUrl(), known.authorHandle(), caption,
                exactArrives ? again.createdAt() : known.createdAt(), known.createdApproximate() && again.createdApproximate(),
                known.stats(), known.pinned(), cover);
    }

    /** Binds {@link #INCOMING} from parameter {@code first} on; {@code creatorId} for every row (0 where unused). */
    private static void bind(PreparedStatement ps, int first, long creatorId, List<Sighting> rows) throws SQLException {
        int n = rows.size();
        Long[] organisations = new Long[n];
        Long[] creators = new Long[n];
        Long[] postIds = new Long[n];
        String[] ids = new String[n];
        String[] kinds = new String[n];
        Integer[] images = new Integer[n];
        String[] urls = new String[n];
        String[] captions = new String[n];
        String[] postedAt = new String[n];
        Boolean[] approximate = new Boolean[n];
        String[] covers = new String[n];
        for (int i = 0; i < n; i++) {
            PostData post = rows.get(i).post();
            organisations[i] = rows.get(i).organisationId();
            creators[i] = creatorId;
            postIds[i] = rows.get(i).postId();
            ids[i] = post.id();
            kinds[i] = post.kind().name();
            images[i] = post.imageCount();
            urls[i] = post.canonicalUrl();
            captions[i] = post.caption() == null ? "" : post.caption();
            postedAt[i] = Sql.utcText(post.createdAt());
            approximate[i] = post.createdApproximate();
            covers[i] = post.coverUrl() == null || post.coverUrl().isEmpty() ? null : post.coverUrl();
        }
        Connection connection = ps.getConnection();
        Object[][] columns = {organisations, creators, postIds, ids, kinds, images, urls, captions, postedAt, approximate, covers};
        String[] types = {"bigint", "bigint", "bigint", "text", "text", "integer", "text", "text", "text", "boolean", "text"};
        for (int c = 0; c < columns.length; c++) {
            ps.setArray(first + c, connection.createArrayOf(types[c], columns[c]));
        }
    }
}
