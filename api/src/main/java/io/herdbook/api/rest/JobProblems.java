package io.herdbook.api.rest;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.control.Backfills;
import java.util.List;
import java.util.Map;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems particular to {@link JobsController}. Ordered before {@link ProblemHandler}, whose
 * catch-all for runtime exceptions would otherwise answer first: Spring asks advices in order and
 * takes the first that has a handler, however general.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = JobsController.class)
public class JobProblems {

    private static final Logger log = LoggerFactory.getLogger(JobProblems.class);

    private final JobCatalogue catalogue;

    public JobProblems(JobCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A job that is not in the catalogue: 404, naming the ones there are. */
    @ExceptionHandler(JobCatalogue.UnknownScheduleException.class)
    ProblemDetail unknownJob(JobCatalogue.UnknownScheduleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("jobs", catalogue.schedules().stream().map(s -> s.jobName()).toList());
        return problem;
    }

    /** A range with no period, in the future or too long: 400, nothing queued. */
    @ExceptionHandler(Backfills.BackfillRefusedException.class)
    ProblemDetail refusedRange(Backfills.BackfillRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A body that is not a backfill request: 400 with every field that is wrong. */
    @ExceptionHandler(BackfillRequest.InvalidBodyException.class)
    ProblemDetail invalidBody(BackfillRequest.InvalidBodyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Every period already ran or is queued: 409, listing each with why (case C8). */
    @ExceptionHandler(BackfillConflictException.class)
    ProblemDetail conflict(BackfillConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("periods", e.periods());
        return problem;
    }

    /** Quartz's store could not be changed (the database): the pause or resume did not happen; try again. */
    @ExceptionHandler(SchedulerException.class)
    ProblemDetail scheduler(SchedulerException e) {
        log.error("could not change a schedule", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the schedule could not be changed; try again");
    }
}
