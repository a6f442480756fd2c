package io.herdbook.jobs.comments.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Herdbook's own emoji valences (emoji-valence.tsv beside this class), with their laughter-context readings. */
final class EmojiTable {

    private static final String RESOURCE = "emoji-valence.tsv";

    /** One row: plain valence, whether it signals laughter, and its valence inside a laughter context. */
    record Entry(double valence, boolean laughs, double inLaughter) {
    }

    private final Map<String, Entry> entries;

    private EmojiTable(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** Holder idiom: the table is read once, on first use, by the class loader's lock. */
    private static final class Holder {
        static final EmojiTable TABLE = load();
    }

    static EmojiTable get() {
        return Holder.TABLE;
    }

    /** The entry for an emoji cluster; a ZWJ sequence not in the table falls back to its first emoji. */
    Entry entry(String cluster) {
        String key = Emoji.key(cluster);
        Entry entry = entries.get(key);
        int zwj = key.indexOf(Emoji.ZWJ);
        if (entry == null && zwj > 0) {
            entry = entries.get(key.substring(0, zwj));
        }
        return entry;
    }

    boolean laughs(String cluster) {
        Entry entry = entry(cluster);
        return entry != null && entry.laughs();
    }

    /** The cluster's valence, 0 when the table does not know it. */
    double valence(String cluster, boolean laughterContext) {
        Entry entry = entry(cluster);
        if (entry == null) {
            return 0.0;
        }
        return laughterContext ? entry.inLaughter() : entry.valence();
    }

    private static EmojiTable load() {
        InputStream in = EmojiTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("emoji valence table '" + RESOURCE + "' is missing beside "
                    + EmojiTable.class.getName());
        }
        Map<String, Entry> read = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    read.put(Emoji.key(fields[0]), entry(Double.parseDouble(fields[1]), fields[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read emoji valence table '" + RESOURCE + "'", e);
        }
        return new EmojiTable(read);
    }

    private static Entry entry(double valence, String role) {
        if (role.equals("laughs")) {
            return new Entry(valence, true, valence);
        }
        if (role.startsWith("laughter:")) {
            return new Entry(valence, false, Double.parseDouble(role.substring("laughter:".length())));
        }
        return new Entry(valence, false, valence);
    }
}
