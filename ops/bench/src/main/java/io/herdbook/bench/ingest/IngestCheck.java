package io.herdbook.bench.ingest;

import io.herdbook.jobs.tracking.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Checks that a round of P2 wrote what it claims to have written, so a fast figure cannot be a wrong one. */
final class IngestCheck {

    private final JdbcTemplate jdbc;

    IngestCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot, latest row and fetch attempt per post in the round's slot, and one row per post in each copy. */
    void roundWritten(SnapshotRound round, CopyIngest keyed, CopyIngest raw) {
        int posts = round.posts().size();
        expect("post_stats_snapshots", count("post_stats_snapshots", round), posts);
        expect("post_stats_latest", count("post_stats_latest", round), posts);
        expect("fetch_attempts", count("fetch_attempts", round), posts);
        expect(keyed.table(), count(keyed.table(), round), posts);
        expect(raw.table(), count(raw.table(), round), posts);
    }

    private long count(String table, SnapshotRound round) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE observed_at = ?", Long.class,
                Sql.utc(round.slot()));
    }

    private static void expect(String table, long rows, int posts) {
        if (rows != posts) {
            throw new IllegalStateException(table + " has " + rows + " rows in the round's slot, not " + posts);
        }
    }
}
