package io.herdbook.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults currently injected, keyed by target. Thread-safe: tests and the HTTP control route change
 * it while requests are being served.
 *
 * <p>A target is either an exact path ({@code /@x/video/1}, {@code /api/post/item_list}; any query is
 * ignored) or a handle ({@code @x} or {@code x}), which covers every path of that creator: its profile,
 * its posts, its post list and its posts' comments. An exact path wins over its handle.
 */
public final class Faults {

    private final Map<String, Fault> byTarget = new ConcurrentHashMap<>();
    private final Set<String> blockedNames;

    Faults(Set<String> blockedNames) {
        this.blockedNames = Set.copyOf(blockedNames);
    }

    /** Injects {@code fault} for {@code target}, replacing any fault already there. */
    public void set(String target, Fault fault) {
        if (fault instanceof Fault.Blocked(String name) && !blockedNames.contains(name)) {
            throw new IllegalArgumentException("no blocked capture named '" + name + "'; known: " + new TreeSet<>(blockedNames));
        }
        byTarget.put(normalize(target), fault);
    }

    /** Removes the fault of one target, if any. */
    public void remove(String target) {
        byTarget.remove(normalize(target));
    }

    /** Removes every fault. */
    public void clear() {
        byTarget.clear();
    }

    /** The faults now in force, by normalized target, sorted. */
    public SortedMap<String, Fault> snapshot() {
        return new TreeMap<>(byTarget);
    }

    /** The names {@link Fault.Blocked} may refer to. */
    public Set<String> blockedNames() {
        return blockedNames;
    }

    /** The fault for a request to {@code path} owned by {@code handle} (null when no creator owns it). */
    Optional<Fault> find(String path, String handle) {
        Fault exact = byTarget.get(normalize(path));
        if (exact != null || handle == null) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byTarget.get(normalize(handle)));
    }

    private static String normalize(String target) {
        String trimmed = target.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty fault target");
        }
        if (trimmed.startsWith("/")) {
            int query = trimmed.indexOf('?');
            return query < 0 ? trimmed : trimmed.substring(0, query);
        }
        return trimmed.startsWith("@") ? trimmed : "@" + trimmed;
    }
}
