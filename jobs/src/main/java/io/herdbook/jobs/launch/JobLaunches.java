package io.herdbook.jobs.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Runs a Herdbook job, by its stored name, for one observation slot, synchronously. */
@Service
public class JobLaunches {

    /** The identifying job parameter: the slot's instant in ISO-8601 UTC. */
    public static final String SLOT = "slot";

    private final JobOperator operator;
    private final Map<String, Job> jobsByName = new TreeMap<>();

    public JobLaunches(JobOperator operator, List<Job> jobs) {
        this.operator = operator;
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
        Job job = jobsByName.get(jobName);
        if (job == null) {
            throw new UnknownJobException(jobName, names());
        }
        return operator.start(job, parameters(slot));
    }

    /** The job parameters of a slot. */
    public static JobParameters parameters(Instant slot) {
        return new JobParametersBuilder().addString(SLOT, slot.toString(), true).toJobParameters();
    }

    /** A job name that is not in the catalogue. */
    public static final class UnknownJobException extends IllegalArgumentException {
        public UnknownJobException(String name, List<String> known) {
            super("no job named '" + name + "'; known jobs: " + String.join(", ", known));
        }
    }
}
