package io.herdbook.scheduler.runs;

import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns "job X is due for period P" into exactly one queued run: claims the ledger row and, only if
 * this call claimed it, enqueues the JobRunr job with the run's derived id. Every path that starts
 * work — a Quartz fire, the catch-up sweep, a backfill, "run now" — comes through here.
 */
@Service
public class RunDispatcher {

    private static final Logger log = LoggerFactory.getLogger(RunDispatcher.class);

    private final RunLedger ledger;
    private final JobRequestScheduler queue;
    private final StorageProvider queueStorage;
    private final Clock clock;

    /** JobRunr states after which a job never runs again by itself. */
    private static final Set<StateName> ENDED = EnumSet.of(StateName.SUCCEEDED, StateName.FAILED, StateName.DELETED);

    public RunDispatcher(RunLedger ledger, JobRequestScheduler queue, StorageProvider queueStorage, Clock clock) {
        this.ledger = ledger;
        this.queue = queue;
        this.queueStorage = queueStorage;
        this.clock = clock;
    }

    /** What a dispatch did. */
    public sealed interface Dispatch {
        Run run();

        /** This call claimed the run and queued it. */
        record Queued(Run run) implements Dispatch {
        }

        /** The run was in the ledger already; nothing was queued (a duplicate fire, a repeated backfill). */
        record AlreadyThere(Run run) implements Dispatch {
        }
    }

    /**
     * Claims and queues {@code jobName}'s run for {@code period}. A run in the ledger already is left
     * alone — except one still QUEUED whose JobRunr job is missing (the claimer died between claiming
     * and enqueueing, or JobRunr deleted it), which is enqueued again under the same id.
     */
    public Dispatch dispatch(String jobName, Instant period, int revision, RunTrigger trigger, Instant scheduledAt) {
        Optional<Run> claimed = ledger.claim(jobName, period, revision, trigger, scheduledAt, clock.instant());
        if (claimed.isPresent()) {
            return new Dispatch.Queued(enqueue(claimed.get()));
        }
        Run existing = ledger.find(jobName, period, revision).orElseThrow();
        if (existing.status() == RunStatus.QUEUED && !isInQueue(existing)) {
            log.warn("{} for {} was claimed but is not in the queue; queueing it again", jobName, period);
            return new Dispatch.Queued(enqueue(existing));
        }
        log.info("{} for {} ({}): already in the ledger as {} (run {}); nothing queued", jobName, period, trigger,
                existing.status(), existing.id());
        return new Dispatch.AlreadyThere(existing);
    }

    /**
     * Queues a run that is QUEUED in the ledger (a new claim or a reopened one). JobRunr skips an
     * enqueue whose id it already holds, so a reopened run whose JobRunr job had ended (failed after
     * its retries, or deleted) has that job put back in the queue instead.
     */
    public Run enqueue(Run run) {
        RunRequest request = new RunRequest(run.id(), run.jobName(), run.period(), run.revision());
        queue.enqueue(request.queueId(), request);
        requeueIfEnded(request);
        ledger.attachQueueJob(run.id(), request.queueId());
        log.info("{}: queued as run {} ({})", request, run.id(), run.trigger());
        return ledger.find(run.id()).orElseThrow();
    }

    private void requeueIfEnded(RunRequest request) {
        try {
            Job job = queueStorage.getJobById(request.queueId());
            if (ENDED.contains(job.getState())) {
                job.enqueue();
                queueStorage.save(job);
                log.info("{}: its queue job had ended {}; queued it again", request, job.getState());
            }
        } catch (JobNotFoundException e) {
            throw new IllegalStateException(request + " is not in the queue right after it was queued", e);
        } catch (ConcurrentJobModificationException e) {
            // A worker changed the job at this very moment: it is being handled, which is what was wanted.
            log.info("{}: its queue job changed while being queued again; leaving it to the worker", request);
        }
    }

    /** Whether the queue holds {@code run}'s JobRunr job in a state it will still run from (not ended or deleted). */
    public boolean isInQueue(Run run) {
        try {
            return !ENDED.contains(queueStorage.getJobById(RunRequest.queueId(run.jobName(), run.period(), run.revision())).getState());
        } catch (JobNotFoundException e) {
            return false;
        }
    }
}
