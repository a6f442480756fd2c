package io.herdbook.sandbox;

import java.util.Locale;

/**
 * A failure the sandbox answers with instead of the page. The text forms (used by the HTTP control
 * route and scenario files) are {@code blocked:NAME}, {@code timeout}, {@code status:NNN},
 * {@code shell}, {@code private}, {@code slow:MILLIS}, and the bad-day forms {@code partial},
 * {@code zero-stats}, {@code deleted} / {@code deleted:10202}, {@code hidden}, {@code stuck-cursor}
 * and {@code rounded}.
 *
 * <p>A bad-day fault changes only the routes it names (a {@code partial} creator's profile and list are
 * served as usual); a page it changes is generated from the library even where a capture exists.
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

    /** A post page of a post that exists, without {@code stats} or {@code statsV2}: a partial page. */
    record Partial() implements Fault {
        @Override
        public String toString() {
            return "partial";
        }
    }

    /** A post page of a post that exists whose every count is 0 (in {@code stats} and {@code statsV2}), as on a bad day. */
    record ZeroStats() implements Fault {
        @Override
        public String toString() {
            return "zero-stats";
        }
    }

    /**
     * The account is gone: its profile answers scope status {@code code} (10221 "user not found or banned",
     * the default, or 10202 "user does not exist"), its post list the same code with no posts, and its post
     * pages 10204 (item does not exist).
     */
    record Deleted(int code) implements Fault {
        public static final int USER_NOT_FOUND = 10221;
        public static final int USER_DOES_NOT_EXIST = 10202;

        public Deleted {
            if (code != USER_NOT_FOUND && code != USER_DOES_NOT_EXIST) {
                throw new IllegalArgumentException("deleted takes 10221 or 10202, was " + code);
            }
        }

        @Override
        public String toString() {
            return code == USER_NOT_FOUND ? "deleted" : "deleted:" + code;
        }
    }

    /**
     * Hidden posts (case C4): the profile still counts them ({@code videoCount}) but the post list answers
     * {@code []} with {@code hasMore: false}; post pages are served as usual.
     */
    record Hidden() implements Fault {
        @Override
        public String toString() {
            return "hidden";
        }
    }

    /** Every post-list page answers {@code {"itemList":[],"hasMore":true,"cursor":<the cursor asked>}} (case C4). */
    record StuckCursor() implements Fault {
        @Override
        public String toString() {
            return "stuck-cursor";
        }
    }

    /**
     * Old payloads (case C2): profile, post pages and list items carry only display-rounded {@code stats}
     * integers, no exact {@code statsV2}; see {@link DisplayRounding} for the rule.
     */
    record Rounded() implements Fault {
        @Override
        public String toString() {
            return "rounded";
        }
    }

    /** Reads the text form; throws {@link IllegalArgumentException} naming what was wrong. */
    static Fault parse(String text) {
        String value = text.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        Fault fixed = switch (lower) {
            case "timeout" -> new Timeout();
            case "shell" -> new Shell();
            case "private" -> new Private();
            case "partial" -> new Partial();
            case "zero-stats" -> new ZeroStats();
            case "deleted" -> new Deleted(Deleted.USER_NOT_FOUND);
            case "hidden" -> new Hidden();
            case "stuck-cursor" -> new StuckCursor();
            case "rounded" -> new Rounded();
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        if (lower.startsWith("deleted:")) {
            try {
                return new Deleted(Integer.parseInt(value.substring("deleted:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad status code in fault '" + text + "'", e);
            }
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
        throw new IllegalArgumentException("unknown fault '" + text + "' (blocked:NAME, timeout, status:NNN, shell, private, slow:MILLIS, "
                + "partial, zero-stats, deleted[:10221|:10202], hidden, stuck-cursor, rounded)");
    }
}
