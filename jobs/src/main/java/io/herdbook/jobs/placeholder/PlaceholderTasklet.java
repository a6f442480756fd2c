package io.herdbook.jobs.placeholder;

import io.herdbook.jobs.launch.JobLaunches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Says, in one log line, that the job ran for its period as a placeholder, and finishes. */
final class PlaceholderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PlaceholderTasklet.class);

    private final PlaceholderJob job;

    PlaceholderTasklet(PlaceholderJob job) {
        this.job = job;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String slot = contribution.getStepExecution().getJobParameters().getString(JobLaunches.SLOT);
        log.info("{} for period {}: placeholder, its logic arrives with {}", job.jobName(), slot, job.arrivesWith());
        return RepeatStatus.FINISHED;
    }
}
