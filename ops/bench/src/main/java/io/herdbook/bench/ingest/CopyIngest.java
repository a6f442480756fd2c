package io.herdbook.bench.ingest;

import io.herdbook.jobs.platform.PostStats;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The P2 baselines: PostgreSQL's {@code COPY … FROM STDIN} (pgjdbc's {@link CopyManager}) of a round's snapshot
 * rows into a scratch table beside {@code post_stats_snapshots}, one COPY and one transaction per chunk, so the
 * baseline commits as often as the job does. The keyed table has the snapshots' columns, checks and primary key
 * {@code (post_id, observed_at)} but is not partitioned; the raw one has the columns only.
 */
final class CopyIngest {

    private static final String COLUMNS = "organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, saves, exact_counts";

    private final DataSource dataSource;
    private final String table;

    private CopyIngest(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    /** A fresh table with the snapshots' key and checks. */
    static CopyIngest keyed(JdbcTemplate jdbc) {
        return create(jdbc, "bench_copy_keyed", "(LIKE post_stats_snapshots INCLUDING ALL)");
    }

    /**
     * A fresh table with the snapshots' columns and no key, check or index; with their defaults, since LIKE copies
     * NOT NULL, and the columns COPY does not name (suspect) must take their default rather than NULL.
     */
    static CopyIngest unindexed(JdbcTemplate jdbc) {
        return create(jdbc, "bench_copy_raw", "(LIKE post_stats_snapshots INCLUDING DEFAULTS)");
    }

    private static CopyIngest create(JdbcTemplate jdbc, String table, String definition) {
        jdbc.execute("DROP TABLE IF EXISTS " + table);
        jdbc.execute("CREATE TABLE " + table + " " + definition);
        return new CopyIngest(jdbc.getDataSource(), table);
    }

    String table() {
        return table;
    }

    /** Copies each chunk of the round in a transaction of its own. */
    void write(SnapshotRound round, List<SnapshotRound.Chunk> chunks) throws SQLException {
        String sql = "COPY " + table + " (" + COLUMNS + ") FROM STDIN";
        String observed = round.slot().toString();
        String fetched = round.fetchedAt().toString();
        StringBuilder rows = new StringBuilder(128 * chunks.getFirst().posts().size());
        for (SnapshotRound.Chunk chunk : chunks) {
            rows.setLength(0);
            for (int i = 0; i < chunk.posts().size(); i++) {
                append(rows, chunk.posts().get(i).organisationId(), chunk.posts().get(i).id(), observed, fetched, chunk.stats().get(i));
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(sql, new StringReader(rows.toString()));
                connection.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One row in COPY's text format: tab-separated, {@code \N} for NULL. */
    private static void append(StringBuilder rows, long organisation, long post, String observed, String fetched, PostStats stats) {
        rows.append(organisation).append('\t').append(post).append('\t').append(observed).append('\t').append(fetched)
                .append('\t').append(stats.views()).append('\t').append(stats.likes()).append('\t').append(stats.comments())
                .append('\t').append(stats.shares()).append('\t').append(stats.saves() == null ? "\\N" : stats.saves().toString())
                .append('\t').append(stats.exact() ? 't' : 'f').append('\n');
    }

    void drop(JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS " + table);
    }
}
