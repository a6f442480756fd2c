package io.herdbook.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file: one {@code target fault} pair per line (e.g. {@code /@x/video/1 blocked:akamai-403}
 * or {@code @x timeout}); blank lines and lines starting with {@code #} are ignored. A bad line fails
 * the start, naming its number, rather than running a different scenario than the one asked for.
 */
final class Scenario {

    private Scenario() {
    }

    static void apply(Path file, Faults faults) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("expected 'target fault'");
                }
                faults.set(parts[0], Fault.parse(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }
}
