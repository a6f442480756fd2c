package io.herdbook.api.rest;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The JobRunr job of one queued export; its JobRunr id is the export's id, so the dashboard and the record name
 * the same thing and a second enqueue of it is the same job.
 *
 * @param label how the job reads in the JobRunr dashboard
 */
public record ExportJob(UUID exportId, String label) implements JobRequest {

    @Override
    public Class<ExportJobHandler> getJobRequestHandler() {
        return ExportJobHandler.class;
    }

    @Override
    public String toString() {
        return label;
    }
}
