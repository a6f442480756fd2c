package io.herdbook.jobs.platform.fetch;

/** The {@code reason} text of a {@link FetchResult.Failed}, the same for both fetchers. */
final class FailureReasons {

    private FailureReasons() {
    }

    /** Type, target and message: a refused connection often has no message of its own. */
    static String describe(Throwable e, Object url) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + " fetching " + url + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
