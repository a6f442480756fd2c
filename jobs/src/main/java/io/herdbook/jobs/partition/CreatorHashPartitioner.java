package io.herdbook.jobs.partition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cuts a job's work into {@code gridSize} partitions by creator id hash. Each context holds
 * {@link PartitionKeys#INDEX}, {@link PartitionKeys#COUNT} and {@link PartitionKeys#ITEMS}, the items the slice had
 * when it was cut, counted by one grouped query over {@code creatorIdsSql} (a SELECT with a {@code creator_id} column).
 * Partitions are named {@code partition0..n-1}, the same on every restart. Work that depends on the run (the posts
 * due at the run's slot, say) gives the SQL as a function of the job's parameters, applied when the run is cut.
 *
 * <p>Not a {@code PartitionNameProvider} on purpose: on a restart Spring Batch then asks for the contexts
 * again and gives a partition that already ran its own last context (so it resumes after its last chunk),
 * while one that never got a step execution — the first split failed half-way — still gets a whole
 * context here instead of an empty one its reader could not use.
 */
public final class CreatorHashPartitioner implements Partitioner {

    private final JdbcTemplate jdbc;
    private final Function<JobParameters, String> creatorIdsSql;

    public CreatorHashPartitioner(JdbcTemplate jdbc, String creatorIdsSql) {
        this(jdbc, parameters -> creatorIdsSql);
    }

    /** @param creatorIdsSql the SELECT for the parameters of the job whose manager step is cutting its work */
    public CreatorHashPartitioner(JdbcTemplate jdbc, Function<JobParameters, String> creatorIdsSql) {
        this.jdbc = jdbc;
        this.creatorIdsSql = creatorIdsSql;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<Integer, Long> items = itemsPerSlice(gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int index = 0; index < gridSize; index++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PartitionKeys.INDEX, index);
            context.putInt(PartitionKeys.COUNT, gridSize);
            context.putLong(PartitionKeys.ITEMS, items.getOrDefault(index, 0L));
            partitions.put(name(index), context);
        }
        return partitions;
    }

    private Map<Integer, Long> itemsPerSlice(int gridSize) {
        Map<Integer, Long> items = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT mod(creator_id, ?)::int AS slice, count(*) AS items FROM (" + creatorIdsSql.apply(jobParameters()) + ") AS work GROUP BY 1",
                gridSize);
        rows.forEach(row -> items.put(((Number) row.get("slice")).intValue(), ((Number) row.get("items")).longValue()));
        return items;
    }

    /**
     * The parameters of the running job: the manager step calls {@link #partition} inside its own step scope. Outside
     * one (a direct call) there are none, which only SQL that needs none can do with.
     */
    private static JobParameters jobParameters() {
        StepContext step = StepSynchronizationManager.getContext();
        return step == null ? new JobParameters() : step.getStepExecution().getJobParameters();
    }

    private static String name(int index) {
        return "partition" + index;
    }
}
