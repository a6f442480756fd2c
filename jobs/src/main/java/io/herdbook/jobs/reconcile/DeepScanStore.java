package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code creator_deep_scans}: which creators are due for a deep walk, and where each walk stands. */
@Repository
public class DeepScanStore {

    /**
     * The due creators, in the order they are walked: first those whose walk an earlier run left unfinished (they keep
     * their place until done), then the largest gap between the profile's post count and the posts stored, then those
     * with no known count, then the longest since their last scan (never first), then id. Due: never walked to the end,
     * last walked at or before the rescan cutoff, tracking start moved back before the last walk's, a walk under way,
     * or a profile count grown past the one the last walk ended with while posts are missing (a burst).
     */
    private static final String DUE = """
            WITH state AS (
                SELECT c.id, c.organisation_id, c.handle, c.sec_uid, c.tracking_start, d.resume_cursor, d.scanned_at,
                       d.scanned_from, d.profile_posts_at_scan,
                       (SELECT cs.post_count FROM creator_snapshots cs
                         WHERE cs.creator_id = c.id AND cs.post_count IS NOT NULL
                         ORDER BY cs.observed_at DESC LIMIT 1) AS profile_posts,
                       (SELECT count(*) FROM posts p WHERE p.creator_id = c.id AND p.organisation_id = c.organisation_id) AS captured
                  FROM creators c
                  LEFT JOIN creator_deep_scans d ON d.creator_id = c.id AND d.organisation_id = c.organisation_id
                 WHERE c.status = 'ACTIVE' AND c.sec_uid IS NOT NULL
            )
            SELECT * FROM state
             WHERE scanned_at IS NULL OR scanned_at <= ? OR tracking_start < scanned_from OR resume_cursor IS NOT NULL
                OR (profile_posts > coalesce(profile_posts_at_scan, 0) AND profile_posts > captured)
             ORDER BY resume_cursor IS NOT NULL DESC, profile_posts - captured DESC NULLS LAST, scanned_at NULLS FIRST, id
            """;

    private final JdbcTemplate jdbc;

    public DeepScanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active creators due for a walk in a run whose rescans are due for scans at or before {@code scannedBefore}. */
    List<DueCreator> due(Instant scannedBefore) {
        return jdbc.query(DUE, (rs, i) -> new DueCreator(
                new CreatorRef(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("handle"), rs.getString("sec_uid"),
                        Sql.instant(rs, "tracking_start")),
                Sql.nullableLong(rs, "profile_posts"), rs.getLong("captured"), rs.getString("resume_cursor")), Sql.utc(scannedBefore));
    }

    /**
     * A walk reached the end of the creator's list: scanned at the run's slot, down to the tracking start it honoured,
     * with the profile post count it was due with ({@code profilePosts}, null when unknown).
     */
    void finished(CreatorRef creator, Instant slot, Long profilePosts, long postsAdded, Instant now) {
        jdbc.update("""
                INSERT INTO creator_deep_scans (organisation_id, creator_id, scanned_at, scanned_from, resume_cursor,
                                                profile_posts_at_scan, posts_added, updated_at)
                VALUES (?, ?, ?, ?, NULL, ?, ?, ?)
                ON CONFLICT (creator_id) DO UPDATE
                   SET scanned_at = greatest(creator_deep_scans.scanned_at, excluded.scanned_at), scanned_from = excluded.scanned_from,
                       resume_cursor = NULL, profile_posts_at_scan = excluded.profile_posts_at_scan,
                       posts_added = creator_deep_scans.posts_added + excluded.posts_added, updated_at = excluded.updated_at
                 WHERE creator_deep_scans.organisation_id = excluded.organisation_id
                """, creator.organisationId(), creator.id(), Sql.utc(slot), Sql.utc(creator.trackingStart()), profilePosts, postsAdded,
                Sql.utc(now));
    }

    /** A walk stopped before the end: the next run starts at {@code cursor} (null: at the top). The last scan stays as it was. */
    void stoppedAt(CreatorRef creator, String cursor, long postsAdded, Instant now) {
        jdbc.update("""
                INSERT INTO creator_deep_scans (organisation_id, creator_id, resume_cursor, posts_added, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (creator_id) DO UPDATE
                   SET resume_cursor = excluded.resume_cursor, posts_added = creator_deep_scans.posts_added + excluded.posts_added,
                       updated_at = excluded.updated_at
                 WHERE creator_deep_scans.organisation_id = excluded.organisation_id
                """, creator.organisationId(), creator.id(), cursor, postsAdded, Sql.utc(now));
    }
}
