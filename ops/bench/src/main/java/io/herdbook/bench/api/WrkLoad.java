package io.herdbook.bench.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian's package) as the load: two threads, {@code clients} connections, its latency distribution
 * and its count of non-2xx answers and socket errors as the failures.
 */
final class WrkLoad implements LoadGenerator {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path wrk;
    private final int clients;

    WrkLoad(Path wrk, int clients) {
        this.wrk = wrk;
        this.clients = clients;
    }

    @Override
    public Result load(String url, String authorization, Duration time) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t2", "-c" + clients, "-d" + Math.max(1, time.toSeconds()) + "s",
                "--timeout", "10s", "--latency"));
        if (authorization != null) {
            command.addAll(List.of("-H", "Authorization: " + authorization));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ": " + output);
        }
        return parse(output);
    }

    /** Reads wrk's {@code --latency} report. */
    static Result parse(String output) {
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        Matcher rate = RATE.matcher(output);
        if (Double.isNaN(p50) || Double.isNaN(p99) || !rate.find()) {
            throw new IllegalStateException("wrk printed no latency distribution or rate: " + output);
        }
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(socket.group(g));
            }
        }
        return new Result(Double.parseDouble(rate.group(1)), p50, p99, failures);
    }

    private static double millis(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    @Override
    public String name() {
        return "wrk";
    }
}
