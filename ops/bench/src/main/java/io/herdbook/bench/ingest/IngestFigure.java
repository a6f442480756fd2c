package io.herdbook.bench.ingest;

import io.herdbook.bench.BenchContext;
import io.herdbook.bench.Figure;
import io.herdbook.bench.FigureLine;
import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.refresh.RefreshWriterBench;
import io.herdbook.jobs.tracking.TrackedPost;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P2 ingest: stats snapshots per second written by the {@code stats-refresh} job's writer, in chunks of the job's
 * default {@code herdbook.refresh.chunk-size}, each chunk in its own transaction, against {@code COPY} of the same
 * rows in the same chunks into a table with the snapshots' key ({@code P2}) and into one without any index
 * ({@code P2-raw}). Each round observes every seeded post in a fresh slot (full: 200,000 posts; quick: 2,000),
 * so every round inserts new rows into tables that grow alike; the three writers take turns at going first.
 *
 * <p>The writer does more per snapshot than COPY, and that is the point of the figure: it is the writer the job
 * runs, with its guarantees. Per snapshot it inserts the snapshot {@code ON CONFLICT DO NOTHING} into the
 * partitioned table, moves {@code post_stats_latest} forward and upserts the fetch attempt: three rows
 * ({@code rows_per_snapshot}). A round's rows are checked after it is measured.
 */
public final class IngestFigure implements Figure {

    @Override
    public String name() {
        return "P2";
    }

    @Override
    public List<FigureLine> measure(BenchContext context) throws Exception {
        int rounds = context.options().rounds();
        int posts = context.options().size(200_000, 2_000);
        int chunkSize = defaultChunkSize();
        DataSource dataSource = context.database().dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        IngestSeed seed = IngestSeed.create(jdbc, posts);
        CopyIngest keyed = CopyIngest.keyed(jdbc);
        CopyIngest raw = CopyIngest.unindexed(jdbc);
        try {
            List<TrackedPost> tracked = seed.posts();
            double[][] rates = new double[3][rounds];
            for (int round = 0; round <= rounds; round++) {
                SnapshotRound rows = SnapshotRound.of(round, tracked);
                double[] measured = round(dataSource, rows, chunkSize, keyed, raw, round);
                new IngestCheck(jdbc).roundWritten(rows, keyed, raw);
                for (int side = 0; round > 0 && side < 3; side++) {
                    rates[side][round - 1] = measured[side];
                }
            }
            Map<String, String> extras = Map.of("rows", Integer.toString(posts), "chunk", Integer.toString(chunkSize), "rows_per_snapshot", "3");
            return List.of(new FigureLine("P2", "snapshots/s", rates[0], rates[1], extras),
                    new FigureLine("P2-raw", "snapshots/s", rates[0], rates[2], extras));
        } finally {
            keyed.drop(jdbc);
            raw.drop(jdbc);
            seed.remove();
        }
    }

    /** Herdbook's, the keyed COPY's and the raw COPY's rate for one round; round 0 is the warm-up. */
    private static double[] round(DataSource dataSource, SnapshotRound rows, int chunkSize, CopyIngest keyed, CopyIngest raw,
                                  int round) throws SQLException {
        List<SnapshotRound.Chunk> chunks = rows.chunks(chunkSize);
        RefreshWriterBench writer = new RefreshWriterBench(dataSource, Clock.fixed(rows.fetchedAt(), ZoneOffset.UTC), rows.slot());
        List<RefreshWriterBench.PreparedChunk> prepared = new ArrayList<>(chunks.size());
        for (SnapshotRound.Chunk chunk : chunks) {
            prepared.add(writer.prepare(chunk.posts(), chunk.stats()));
        }
        List<Side> sides = List.of(() -> prepared.forEach(writer::write), () -> keyed.write(rows, chunks), () -> raw.write(rows, chunks));
        double[] rates = new double[3];
        for (int turn = 0; turn < 3; turn++) {
            int side = (turn + round) % 3;
            long start = System.nanoTime();
            sides.get(side).write();
            rates[side] = rows.posts().size() / ((System.nanoTime() - start) / 1e9);
        }
        return rates;
    }

    /** The job's chunk size when nothing configures it, as Spring binds {@code herdbook.*}. */
    static int defaultChunkSize() {
        return new Binder().bindOrCreate("herdbook", JobsProperties.class).refresh().chunkSize();
    }

    @FunctionalInterface
    private interface Side {
        void write() throws SQLException;
    }
}
