package io.herdbook.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeansException;

/** One line that says why a command failed, instead of a page of stack trace. */
final class Failures {

    private Failures() {
    }

    /**
     * The messages along the cause chain, outermost first, leaving out Spring's "error creating bean"
     * wrappers, which name beans rather than the problem.
     */
    static String reason(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !(t instanceof BeansException) && parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(message);
            }
        }
        return parts.isEmpty() ? failure.toString() : String.join(": ", parts);
    }
}
