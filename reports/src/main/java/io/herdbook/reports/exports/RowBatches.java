package io.herdbook.reports.exports;

import io.herdbook.jobs.tracking.Sql;
import io.herdbook.reports.range.DateRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * An export's rows read on a thread of their own and handed over in batches of {@value #BATCH} rows' cells.
 *
 * <p>Why a thread: PostgreSQL's cursor sends the next {@value #FETCH_SIZE} rows only when the driver asks, and the
 * driver asks only when the rows before are used up, so on one thread the database, the decoding and the CSV printer
 * take turns. Here the reader fetches and decodes while the caller prints the batch before (P4 in BENCHMARKS.md).
 * At most {@value #WAITING} batches wait between them, so memory stays bounded whatever the export's size.
 *
 * <p>The reader owns its connection from start to end: autocommit off (the driver streams only inside a
 * transaction), a forward-only cursor, then rollback (nothing was written) and the connection back as it was.
 */
final class RowBatches implements AutoCloseable {

    /** Rows per round trip of the cursor. */
    static final int FETCH_SIZE = 2_000;
    static final int BATCH = 1_000;
    static final int WAITING = 4;
    private static final Object END = new Object();

    /** A batch of rows, each its cells in header order. */
    record Batch(String[][] rows, int size) {
    }

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread reader;
    private volatile boolean closed;
    private boolean ended;

    private RowBatches(DataSource dataSource, ExportRows rows, ExportProject project, DateRange range) {
        this.reader = Thread.ofVirtual().name("payout-export-reader-" + project.id()).unstarted(() -> read(dataSource, rows, project, range));
    }

    static RowBatches start(DataSource dataSource, ExportRows rows, ExportProject project, DateRange range) {
        RowBatches batches = new RowBatches(dataSource, rows, project, range);
        batches.reader.start();
        return batches;
    }

    /** The next batch, or null after the last one; the reader's failure is thrown here. */
    Batch next() throws SQLException {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the export's rows", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            if (failure.cause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("reading the export's rows failed", failure.cause());
        }
        return (Batch) item;
    }

    /** Stops the reader if it is still going (the caller failed, e.g. the client went away) and waits until its connection is back. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(DataSource dataSource, ExportRows rows, ExportProject project, DateRange range) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(rows.select(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, project.organisationId());
                statement.setLong(2, project.id());
                statement.setObject(3, Sql.utc(range.start()));
                statement.setObject(4, Sql.utc(range.end()));
                try (ResultSet rs = statement.executeQuery()) {
                    hand(rs, rows, project);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (Throwable e) {
            offer(new Failure(e));
        }
    }

    private void hand(ResultSet rs, ExportRows rows, ExportProject project) throws SQLException {
        int width = rows.header().size();
        String[][] batch = new String[BATCH][];
        int size = 0;
        while (rs.next()) {
            String[] cells = new String[width];
            rows.cells(rs, project, cells);
            batch[size++] = cells;
            if (size == BATCH) {
                if (!offer(new Batch(batch, size))) {
                    return;
                }
                batch = new String[BATCH][];
                size = 0;
            }
        }
        if (size > 0 && !offer(new Batch(batch, size))) {
            return;
        }
        offer(END);
    }

    /** Hands an item over, waiting while the queue is full; false once the caller has closed (nothing more is wanted). */
    private boolean offer(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
