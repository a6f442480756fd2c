package io.herdbook.sandbox;

import java.util.Locale;

/**
 * A failure the sandbox answers with instead of the page. The text forms (used by the HTTP control
 * route and scenario files) are {@code blocked:NAME}, {@code timeout}, {@code status:NNN},
 * {@code shell}, {@code private} and {@code slow:MILLIS}.
 */
public sealed interface Fault {

    /** Replays the real refusal captured under {@code name} (e.g. {@code akamai-403}, {@code 451}, {@code login}, {@code region-notfound}). */
    record Blocked(String name) implements Fault {
        @Override
        public String toString() {
            return "blocked:" + name;
        }
    }

    /** Holds the request open past any sane client timeout (bounded by the settings, or until the sandbox closes). */
    record Timeout() implements Fault {
        @Override
        public String toString() {
            return "timeout";
        }
    }

    /** Answers with a bare status, e.g. 503. */
    record Status(int code) implements Fault {
        public Status {
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + code);
            }
        }

        @Override
        public String toString() {
            return "status:" + code;
        }
    }

    /** A ~1.5 KB bot-challenge page with a script and no data script (CASES C5). */
    record Shell() implements Fault {
        @Override
        public String toString() {
            return "shell";
        }
    }

    /**
     * The account went private (case C24): its profile answers scope status 10222 with
     * {@code privateAccount: true}, {@code videoCount: 0} and no posts; its post pages answer 10216
     * (private post) and its post list 10222, as the platform does for a stranger.
     */
    record Private() implements Fault {
        @Override
        public String toString() {
            return "private";
        }
    }

    /**
     * Not a failure but a slow platform: the right answer, {@code millis} late. Tests use it to make a
     * run last long enough to kill the node running it.
     */
    record Slow(long millis) implements Fault {
        public Slow {
            if (millis < 0) {
                throw new IllegalArgumentException("slow:MILLIS takes a delay of 0 or more milliseconds");
            }
        }

        @Override
        public String toString() {
            return "slow:" + millis;
        }
    }

    /** Reads the text form; throws {@link IllegalArgumentException} naming what was wrong. */
    static Fault parse(String text) {
        String value = text.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("timeout")) {
            return new Timeout();
        }
        if (lower.equals("shell")) {
            return new Shell();
        }
        if (lower.equals("private")) {
            return new Private();
        }
        if (lower.startsWith("blocked:") && value.length() > "blocked:".length()) {
            return new Blocked(value.substring("blocked:".length()));
        }
        if (lower.startsWith("status:")) {
            try {
                return new Status(Integer.parseInt(value.substring("status:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad status in fault '" + text + "'", e);
            }
        }
        if (lower.startsWith("slow:")) {
            try {
                return new Slow(Long.parseLong(value.substring("slow:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad delay in fault '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("unknown fault '" + text + "' (blocked:NAME, timeout, status:NNN, shell, private, slow:MILLIS)");
    }
}
