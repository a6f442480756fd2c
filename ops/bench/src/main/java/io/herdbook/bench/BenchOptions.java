package io.herdbook.bench;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The flags of {@code ops/bench/run}: {@code --quick} (tiny sizes and one short round: proves the harness
 * works, says nothing about speed), {@code --only P1,P3} and {@code --rounds N} (default 5; quick: 1).
 *
 * @param quick  tiny sizes
 * @param only   the figures to run, empty for all
 * @param rounds measured rounds per figure, each Herdbook and baseline back to back, after one warm-up
 */
public record BenchOptions(boolean quick, Set<String> only, int rounds) {

    public static BenchOptions parse(String... args) {
        boolean quick = false;
        Set<String> only = new LinkedHashSet<>();
        Integer rounds = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only.addAll(Arrays.stream(value(args, ++i, "--only").split(","))
                        .map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList());
                case "--rounds" -> rounds = positive(value(args, ++i, "--rounds"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --quick, --only P1,P2,P3,P4,P5, --rounds N)");
            }
        }
        return new BenchOptions(quick, Set.copyOf(only), rounds != null ? rounds : quick ? 1 : 5);
    }

    /** Whether the figure named {@code name} is to run. */
    public boolean runs(String name) {
        return only.isEmpty() || only.contains(name);
    }

    /** {@code full} at full size, {@code quick} under {@code --quick}. */
    public int size(int full, int quick) {
        return this.quick ? quick : full;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--rounds needs a positive number, got " + text);
    }
}
