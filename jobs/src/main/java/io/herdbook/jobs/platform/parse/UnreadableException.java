package io.herdbook.jobs.platform.parse;

/** Thrown inside the parser when a body is in no shape we know; {@link PlatformParser} turns it into UNREADABLE. */
final class UnreadableException extends RuntimeException {

    UnreadableException(String message) {
        super(message);
    }
}
