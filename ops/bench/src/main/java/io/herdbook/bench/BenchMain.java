package io.herdbook.bench;

import io.herdbook.bench.api.ApiFigure;
import io.herdbook.bench.export.ExportFigure;
import io.herdbook.bench.ingest.IngestFigure;
import io.herdbook.bench.parse.ParseFigure;
import io.herdbook.bench.refresh.RefreshFigure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ops/bench/run [--quick] [--only P1,P3] [--rounds N]}: runs each figure and prints its line as soon
 * as it is measured; at the end writes every line, with the machine it ran on, to
 * {@code ops/bench/target/figures.txt}. A figure that fails prints {@code figure=<name> error=…} and the run
 * goes on, exiting 1 at the end, so one broken figure hides no other.
 */
public final class BenchMain {

    /** Every figure, in the order they run. */
    static List<Figure> figures() {
        return List.of(new ParseFigure(), new IngestFigure(), new RefreshFigure(), new ExportFigure(), new ApiFigure());
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ops/bench/run: " + e.getMessage());
            System.exit(64);
            return;
        }
        Path root = Path.of(System.getProperty("herdbook.root", ".")).toAbsolutePath().normalize();
        List<String> lines = new ArrayList<>();
        lines.add("# " + machine() + (options.quick() ? " (quick: tiny sizes, says nothing about speed)" : ""));
        System.out.println(lines.getFirst());
        boolean failed = false;
        try (BenchContext context = new BenchContext(options, root)) {
            for (Figure figure : figures()) {
                if (!options.runs(figure.name())) {
                    continue;
                }
                try {
                    for (FigureLine line : figure.measure(context)) {
                        lines.add(line.format());
                        System.out.println(line.format());
                    }
                } catch (Exception | AssertionError e) {
                    failed = true;
                    String line = "figure=" + figure.name() + " error=" + String.valueOf(e).replace('\n', ' ');
                    lines.add(line);
                    System.out.println(line);
                    e.printStackTrace();
                }
            }
        }
        write(root.resolve("ops/bench/target/figures.txt"), lines);
        System.exit(failed ? 1 : 0);
    }

    /** The machine the figures belong to: they mean nothing without it. */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return "ran " + Instant.now() + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", " + runtime.availableProcessors() + " cores (" + cpuModel() + "), Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MB";
    }

    /** The CPU's model name where the OS says it (Linux), else "unknown CPU". */
    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unknown CPU";
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
