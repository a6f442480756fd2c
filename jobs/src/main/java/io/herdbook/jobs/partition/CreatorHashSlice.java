package io.herdbook.jobs.partition;

import java.util.Map;
import org.springframework.batch.core.step.StepExecution;

/**
 * One partition's share of the creators: those whose id hashes to {@code index} modulo {@code count}.
 * A worker step's reader adds {@link #where(String)} to its query and binds {@link #parameters()}:
 *
 * <pre>{@code
 * .whereClause("WHERE status = 'ACTIVE' AND " + slice.where("id"))
 * .parameterValues(slice.parameters())
 * }</pre>
 * with the slice taken from the step-scoped {@code #{stepExecution}} by {@link #of(StepExecution)}.
 *
 * @param index this partition, {@code 0 <= index < count}
 * @param count how many partitions the run was cut into
 */
public record CreatorHashSlice(int index, int count) {

    public CreatorHashSlice {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count + " does not exist");
        }
    }

    /** The slice a partition's step execution works on, from its context ({@link PartitionKeys}). */
    public static CreatorHashSlice of(StepExecution partition) {
        var context = partition.getExecutionContext();
        if (!context.containsKey(PartitionKeys.INDEX) || !context.containsKey(PartitionKeys.COUNT)) {
            throw new IllegalStateException("step execution " + partition.getStepName() + " is not a creator-hash partition");
        }
        return new CreatorHashSlice(context.getInt(PartitionKeys.INDEX), context.getInt(PartitionKeys.COUNT));
    }

    /** The SQL condition keeping this slice's rows, on the column holding the creator id. */
    public String where(String creatorIdColumn) {
        return "mod(" + creatorIdColumn + ", :partitionCount) = :partitionIndex";
    }

    /** The named parameters {@link #where(String)} uses. */
    public Map<String, Object> parameters() {
        return Map.of("partitionIndex", index, "partitionCount", count);
    }
}
