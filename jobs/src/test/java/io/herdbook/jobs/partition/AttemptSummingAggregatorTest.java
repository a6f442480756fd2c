package io.herdbook.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class AttemptSummingAggregatorTest {

    private final JobExecution job = new JobExecution(7, new JobInstance(3, "stats-refresh"), new JobParameters());
    private final List<StepExecution> stored = new ArrayList<>();
    private final AttemptSummingAggregator aggregator = new AttemptSummingAggregator(id -> id == 7 ? stored : List.of());
    private long nextId = 100;

    @Test
    void theManagerCountsTheWorkOfEveryAttemptOfAPartitionNotOnlyTheLastOne() {
        StepExecution manager = manager();
        attempt("worker:partition0", BatchStatus.FAILED, 20, 18, 1, 1);
        StepExecution retried = attempt("worker:partition0", BatchStatus.COMPLETED, 13, 13, 0, 0);
        StepExecution untouched = attempt("worker:partition1", BatchStatus.COMPLETED, 30, 29, 1, 0);

        aggregator.aggregate(manager, List.of(retried, untouched));

        assertThat(manager.getReadCount()).isEqualTo(63);
        assertThat(manager.getWriteCount()).isEqualTo(60);
        assertThat(manager.getFilterCount()).isEqualTo(2);
        assertThat(manager.getProcessSkipCount()).isEqualTo(1);
        assertThat(manager.getStatus()).as("an earlier failed attempt does not fail the manager").isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aPartitionWhoseLatestAttemptFailedFailsTheManager() {
        StepExecution manager = manager();
        StepExecution done = attempt("worker:partition0", BatchStatus.COMPLETED, 5, 5, 0, 0);
        StepExecution failed = attempt("worker:partition1", BatchStatus.FAILED, 2, 2, 0, 0);
        failed.setExitStatus(ExitStatus.FAILED);

        aggregator.aggregate(manager, List.of(done, failed));

        assertThat(manager.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(manager.getExitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(manager.getReadCount()).isEqualTo(7);
    }

    @Test
    void theLatestAttemptAsHandedInCountsOnceEvenWhenTheStoreHasAnOlderCopyOfIt() {
        StepExecution manager = manager();
        StepExecution storedCopy = attempt("worker:partition0", BatchStatus.STARTED, 4, 4, 0, 0);
        StepExecution fresher = new StepExecution(storedCopy.getId(), storedCopy.getStepName(), job);
        fresher.setStatus(BatchStatus.COMPLETED);
        fresher.setReadCount(9);
        fresher.setWriteCount(9);

        aggregator.aggregate(manager, List.of(fresher));

        assertThat(manager.getReadCount()).isEqualTo(9);
        assertThat(manager.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /** PartitionStep marks its manager COMPLETED before it aggregates; the partitions can only make it worse. */
    private StepExecution manager() {
        StepExecution manager = new StepExecution(nextId++, "statsRefreshStep", job);
        manager.setStatus(BatchStatus.COMPLETED);
        return manager;
    }

    private StepExecution attempt(String name, BatchStatus status, long read, long written, long filtered, long processSkips) {
        StepExecution execution = new StepExecution(nextId++, name, job);
        execution.setStatus(status);
        execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.EXECUTING);
        execution.setReadCount(read);
        execution.setWriteCount(written);
        execution.setFilterCount(filtered);
        execution.setProcessSkipCount(processSkips);
        stored.add(execution);
        return execution;
    }
}
