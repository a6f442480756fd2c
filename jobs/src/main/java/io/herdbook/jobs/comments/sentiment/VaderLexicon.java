package io.herdbook.jobs.comments.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The published VADER lexicon (token, mean valence, sd, raw ratings; tab-separated), read once on first use.
 * Only the resource of {@code com.github.apanimesh061:vader-sentiment-analyzer} is used, never its classes.
 */
final class VaderLexicon {

    static final String DEFAULT_RESOURCE = "vader_sentiment_lexicon.txt";

    private final String resource;
    private volatile Map<String, Double> valences;

    VaderLexicon() {
        this(DEFAULT_RESOURCE);
    }

    VaderLexicon(String resource) {
        this.resource = resource;
    }

    /** The mean valence of a lower-case token, or null when the lexicon does not know it. */
    Double valence(String token) {
        return valences().get(token);
    }

    boolean contains(String token) {
        return valences().containsKey(token);
    }

    /** Loads the lexicon if not yet loaded; throws IllegalStateException naming the resource when it is absent. */
    Map<String, Double> valences() {
        Map<String, Double> loaded = valences;
        if (loaded == null) {
            synchronized (this) {
                loaded = valences;
                if (loaded == null) {
                    loaded = Map.copyOf(load());
                    valences = loaded;
                }
            }
        }
        return loaded;
    }

    private Map<String, Double> load() {
        InputStream in = VaderLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("VADER lexicon resource '" + resource + "' is not on the classpath;"
                    + " the jobs module needs com.github.apanimesh061:vader-sentiment-analyzer:1.0 (data only)");
        }
        Map<String, Double> read = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.strip().split("\t");
                if (fields.length >= 2 && !fields[0].isEmpty()) {
                    // A handful of tokens (lol, lmao, ok) appear twice; the later row wins, as in VADER's own reader.
                    read.put(fields[0].toLowerCase(java.util.Locale.ROOT), Double.parseDouble(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read VADER lexicon resource '" + resource + "'", e);
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("VADER lexicon resource '" + resource + "' holds no entries");
        }
        return read;
    }
}
