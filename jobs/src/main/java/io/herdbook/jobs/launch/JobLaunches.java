package io.herdbook.jobs.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Runs a Herdbook job, by its stored name, for one observation slot, synchronously. */
@Service
public class JobLaunches {

    /** The identifying job parameter: the slot's instant in ISO-8601 UTC. */
    public static final String SLOT = "slot";
    /** Identifying only from revision 1 on: a forced re-run of a completed slot is a new job instance. */
    public static final String REVISION = "revision";

    private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobsByName = new TreeMap<>();

    public JobLaunches(JobOperator operator, JobRepository repository, List<Job> jobs) {
        this.operator = operator;
        this.repository = repository;
        jobs.forEach(job -> jobsByName.put(job.getName(), job));
    }

    /** The names of the jobs this node can run, sorted. */
    public List<String> names() {
        return List.copyOf(jobsByName.keySet());
    }

    /**
     * Runs {@code jobName} for {@code slot} and returns its execution once it ended.
     *
     * @throws UnknownJobException if no job has that name
     * @throws org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException if the slot already ran to completion
     */
    public JobExecution run(String jobName, Instant slot) throws Exception {
        return operator.start(job(jobName), parameters(slot));
    }

    /**
     * Brings {@code jobName}'s run for {@code slot} (and {@code revision}) to an end, whatever state an
     * earlier attempt left it in, and returns the execution that ended:
     * <ul>
     * <li>never started: a first execution;</li>
     * <li>COMPLETED: nothing runs, the completed execution is returned (a duplicate is a no-op);</li>
     * <li>FAILED or STOPPED: restarted, so it resumes after its last committed chunk;</li>
     * <li>left STARTED (or STARTING, STOPPING, UNKNOWN) by a process that died: recovered — marked
     *     FAILED with its steps — and then restarted (case C9).</li>
     * </ul>
     * Callers must only call this when no other live process runs the same slot: the queue guarantees
     * it by handing a job to one worker at a time and to another only once the first is declared dead.
     */
    public JobExecution runOrResume(String jobName, Instant slot, int revision) throws Exception {
        Job job = job(jobName);
        JobParameters parameters = parameters(slot, revision);
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return operator.start(job, parameters);
        }
        JobExecution last = repository.getLastJobExecution(instance);
        if (last == null) {
            return operator.start(job, parameters);
        }
        return switch (last.getStatus()) {
            case COMPLETED -> last;
            case FAILED, STOPPED -> operator.restart(last);
            case ABANDONED -> throw new IllegalStateException(jobName + " for " + slot + " was abandoned by an operator; run it as a new revision");
            case STARTING, STARTED, STOPPING, UNKNOWN -> {
                log.warn("{} for {}: execution {} was left {} by a process that died; recovering it and restarting from its last committed chunk",
                        jobName, slot, last.getId(), last.getStatus());
                yield operator.restart(operator.recover(last));
            }
        };
    }

    private Job job(String jobName) {
        Job job = jobsByName.get(jobName);
        if (job == null) {
            throw new UnknownJobException(jobName, names());
        }
        return job;
    }

    /** The job parameters of a slot. */
    public static JobParameters parameters(Instant slot) {
        return parameters(slot, 0);
    }

    /** The job parameters of a slot's revision; revision 0 has the slot alone, as runs always had. */
    public static JobParameters parameters(Instant slot, int revision) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(SLOT, slot.toString(), true);
        if (revision > 0) {
            builder.addLong(REVISION, (long) revision, true);
        }
        return builder.toJobParameters();
    }

    /** A job name that is not in the catalogue. */
    public static final class UnknownJobException extends IllegalArgumentException {
        public UnknownJobException(String name, List<String> known) {
            super("no job named '" + name + "'; known jobs: " + String.join(", ", known));
        }
    }
}
