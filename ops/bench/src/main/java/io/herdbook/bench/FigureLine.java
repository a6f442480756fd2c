package io.herdbook.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One figure as measured: Herdbook's rate and the baseline's rate in each round, each round measuring both
 * back to back on the same input. Printed as
 * {@code figure=<name> rate=<median> unit=<unit> baseline=<median> ratio=<median of the rounds' ratios>
 * median=<same> spread=<lowest..highest round ratio> rounds=<n>} plus any extra {@code key=value} facts.
 *
 * @param name     the figure's name (P1, P1-htmlunit, P2, …)
 * @param unit     what the rates count, per second (posts/s, rows/s, requests/s)
 * @param rates    Herdbook's rate in each round
 * @param baselines the baseline's rate in each round, same order and length as {@code rates}
 * @param extras   further facts printed after the figure (peak heap, p99, CPU per post), in order
 */
public record FigureLine(String name, String unit, double[] rates, double[] baselines, Map<String, String> extras) {

    public FigureLine {
        if (rates.length == 0 || rates.length != baselines.length) {
            throw new IllegalArgumentException(name + ": needs as many baseline rounds as Herdbook rounds, and at least one");
        }
        extras = Map.copyOf(extras);
    }

    /** The median of Herdbook's rounds. */
    public double rate() {
        return median(rates);
    }

    /** The median of the baseline's rounds. */
    public double baseline() {
        return median(baselines);
    }

    /** Each round's ratio, Herdbook over baseline. */
    public double[] ratios() {
        double[] ratios = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            ratios[i] = rates[i] / baselines[i];
        }
        return ratios;
    }

    /** The median of the rounds' ratios: what the figure says. */
    public double ratio() {
        return median(ratios());
    }

    /** The line {@code ops/bench/run} prints. */
    public String format() {
        double[] ratios = ratios().clone();
        Arrays.sort(ratios);
        List<String> parts = new ArrayList<>(List.of(
                "figure=" + name,
                "rate=" + number(rate()),
                "unit=" + unit,
                "baseline=" + number(baseline()),
                "ratio=" + String.format(Locale.ROOT, "%.2f", ratio()),
                "median=" + String.format(Locale.ROOT, "%.2f", ratio()),
                "spread=" + String.format(Locale.ROOT, "%.2f..%.2f", ratios[0], ratios[ratios.length - 1]),
                "rounds=" + rates.length));
        extras.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add(e.getKey() + "=" + e.getValue()));
        return String.join(" ", parts);
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Rates with three significant figures at most, no exponent: 770, 1.8, 143000. */
    static String number(double value) {
        if (value >= 100) {
            return Long.toString(Math.round(value));
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
