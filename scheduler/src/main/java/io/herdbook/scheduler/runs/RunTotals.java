package io.herdbook.scheduler.runs;

import io.herdbook.jobs.partition.PartitionKeys;
import io.herdbook.scheduler.ledger.RunCounts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * A run's read, write and skip counts: the sum over every execution of its job instance (a restart
 * after a crash is a second execution) of the steps that did the work. A partitioned step's manager
 * only aggregates its partitions (it says so in its context, {@link PartitionKeys#MANAGER}), so it
 * is left out and its partitions — every attempt of each — are counted instead: a manager that died
 * before aggregating loses nothing from the totals.
 */
@Component
public class RunTotals {

    private final JobRepository repository;

    public RunTotals(JobRepository repository) {
        this.repository = repository;
    }

    public RunCounts of(JobInstance instance) {
        List<StepExecution> steps = new ArrayList<>();
        for (JobExecution execution : repository.getJobExecutions(instance)) {
            JobExecution loaded = repository.getJobExecution(execution.getId());
            steps.addAll(loaded.getStepExecutions());
        }
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : steps) {
            if (step.getExecutionContext().containsKey(PartitionKeys.MANAGER)) {
                continue;
            }
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
        }
        return new RunCounts(read, written, skipped);
    }
}
