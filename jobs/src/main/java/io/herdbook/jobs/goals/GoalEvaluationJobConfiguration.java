package io.herdbook.jobs.goals;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.payouts.accrual.AccrualWriter;
import io.herdbook.jobs.payouts.accrual.DuePayoutUnits;
import io.herdbook.jobs.payouts.accrual.LineCalculator;
import io.herdbook.jobs.payouts.accrual.PayoutUnit;
import io.herdbook.jobs.payouts.accrual.TermsStore;
import io.herdbook.jobs.payouts.accrual.UnitLines;
import java.time.Clock;
import java.time.Instant;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code goal-evaluation} job, hourly: first every goal's closed periods (results, once per goal, creator and
 * period), then every payout structure's (accrual lines; bonuses read the results just written). Each item is one
 * goal period or one payout unit, committed on its own, so a crash loses at most the item in hand and a restart
 * resumes at the first period not recorded in {@code evaluated_periods}. "Due" is judged against the run's slot,
 * not the wall clock, so a late or repeated run of a slot evaluates exactly what the slot would have.
 */
@Configuration(proxyBeanMethods = false)
public class GoalEvaluationJobConfiguration {

    /** The job's stored name; renaming it needs a migration of the job repository rows. */
    public static final String JOB_NAME = "goal-evaluation";

    @Bean
    Job goalEvaluationJob(JobRepository repository, Step goalResultsStep, Step payoutAccrualsStep) {
        return new JobBuilder(JOB_NAME, repository).start(goalResultsStep).next(payoutAccrualsStep).build();
    }

    @Bean
    Step goalResultsStep(JobRepository repository, PlatformTransactionManager tx, DueGoalPeriods dueGoalPeriods,
                         GoalStore goals, PeriodPosts posts, JdbcTemplate jdbc, EvaluatedPeriods evaluated, Clock clock,
                         PartitionedSteps partitions) {
        return new StepBuilder("goalResultsStep", repository)
                .<GoalPeriod, GoalPeriodResults>chunk(1)
                .transactionManager(tx)
                .reader(dueGoalPeriods)
                .processor(new GoalMeasurer(goals, posts))
                .writer(new GoalResultWriter(jdbc, evaluated, clock))
                .listener(partitions.progressListener())
                .build();
    }

    @Bean
    Step payoutAccrualsStep(JobRepository repository, PlatformTransactionManager tx, DuePayoutUnits duePayoutUnits,
                            TermsStore structures, PeriodPosts posts, JdbcTemplate jdbc, EvaluatedPeriods evaluated, Clock clock,
                            PartitionedSteps partitions) {
        return new StepBuilder("payoutAccrualsStep", repository)
                .<PayoutUnit, UnitLines>chunk(1)
                .transactionManager(tx)
                .reader(duePayoutUnits)
                .processor(new LineCalculator(structures, posts, jdbc))
                .writer(new AccrualWriter(jdbc, evaluated, clock))
                .listener(partitions.progressListener())
                .build();
    }

    @Bean
    @StepScope
    DueGoalPeriods dueGoalPeriods(GoalStore goals, EvaluatedPeriods evaluated, JobsProperties properties,
                                  @Value("#{jobParameters['slot']}") String slot) {
        return new DueGoalPeriods(goals, evaluated, Instant.parse(slot), properties.goals().lookback());
    }

    @Bean
    @StepScope
    DuePayoutUnits duePayoutUnits(TermsStore structures, EvaluatedPeriods evaluated, JobsProperties properties,
                                  @Value("#{jobParameters['slot']}") String slot) {
        return new DuePayoutUnits(structures, evaluated, Instant.parse(slot), properties.goals().lookback());
    }
}
