package io.herdbook.scheduler.runs;

/** A run's Spring Batch execution ended other than COMPLETED; thrown so the queue retries it. */
public class RunFailedException extends Exception {

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
