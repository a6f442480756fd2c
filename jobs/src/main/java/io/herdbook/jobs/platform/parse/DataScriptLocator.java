package io.herdbook.jobs.platform.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON data scripts of a page by their id, in the order the parser should try them: the
 * 2024+ rehydration script, the 2022-2023 SIGI state (also under yt-dlp's {@code sigi-persisted-data}
 * id, where it is a {@code window['SIGI_STATE']=…} assignment), then the 2020-2021 Next.js data.
 * A Feb 2023 page carries both the rehydration and the SIGI script, and only SIGI has the data, so the
 * caller tries each in turn.
 */
final class DataScriptLocator {

    static final String REHYDRATION = "__UNIVERSAL_DATA_FOR_REHYDRATION__";
    static final String SIGI = "SIGI_STATE";
    static final String SIGI_PERSISTED = "sigi-persisted-data";
    static final String NEXT = "__NEXT_DATA__";
    private static final List<String> ORDER = List.of(REHYDRATION, SIGI, SIGI_PERSISTED, NEXT);

    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    /** The start of a data script tag, even one cut off before its {@code >}. */
    private static final Pattern OPENING = Pattern.compile("<script\\b[^>]*?\\bid\\s*=\\s*[\"']?("
            + String.join("|", ORDER.stream().map(Pattern::quote).toList()) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);

    /**
     * One data script: its id, where its JSON lies ({@code text} from {@code from} to {@code to}; {@code text} is
     * usually the page itself) and whether its {@code </script>} was found. A script without one runs to the end
     * of the text: the page was cut off inside it. The JSON is not cut out as a string of its own: a 400 KB copy
     * of a page that holds any non-Latin-1 character is checked char by char for compression, a tenth of a page's
     * parse, where {@link #copyJson} copies it once, straight.
     */
    record DataScript(String id, String text, int from, int to, boolean closed) {

        /** The JSON text's characters, copied into an array of their own. */
        char[] copyJson() {
            char[] chars = new char[to - from];
            text.getChars(from, to, chars, 0);
            return chars;
        }
    }

    private DataScriptLocator() {
    }

    /** The page's data scripts in trial order; empty when it has none. */
    static List<DataScript> locate(String html) {
        Map<String, DataScript> found = new LinkedHashMap<>();
        for (var tag = ScriptTags.nextOpening(html, 0); tag != null; tag = ScriptTags.nextOpening(html, tag.end())) {
            String attributes = tag.attributes(html);
            int candidate = idCandidate(attributes);
            Matcher id = ID.matcher(attributes);
            if (candidate >= 0 && id.find(candidate) && ORDER.contains(id.group(1)) && !found.containsKey(id.group(1))) {
                int end = ScriptTags.nextClosing(html, tag.end());
                boolean closed = end >= 0;
                found.put(id.group(1), script(id.group(1), html, tag.end(), closed ? end : html.length(), closed));
            }
        }
        List<DataScript> scripts = new ArrayList<>();
        for (String id : ORDER) {
            if (found.containsKey(id)) {
                scripts.add(found.get(id));
            }
        }
        return scripts;
    }

    /**
     * The id of a data script whose opening tag starts in {@code html}, even when the text ends before
     * the tag's {@code >}; empty when there is none. On a page where {@link #locate} found nothing, a
     * match means the page was cut inside that tag.
     */
    static Optional<String> openingTagId(String html) {
        Matcher opening = OPENING.matcher(html);
        return opening.find() ? Optional.of(opening.group(1)) : Optional.empty();
    }

    /** True when the page has any script tag at all (a challenge or client-rendered shell has). */
    static boolean hasScript(String html) {
        return ScriptTags.nextOpening(html, 0) != null;
    }

    /**
     * Where {@link #ID} can first match: the first {@code id} in any ASCII case, or -1. Most of a page's scripts
     * have long attributes and no id, and trying the pattern at each of their characters was a tenth of a page's
     * parse; starting at the candidate finds the same match, as none can start before it.
     */
    private static int idCandidate(String attributes) {
        int lower = idEndingIn(attributes, 'd');
        int upper = idEndingIn(attributes, 'D');
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    /** The first {@code id} or {@code Id} (for 'd'), {@code iD} or {@code ID} (for 'D'), or -1. */
    private static int idEndingIn(String attributes, char d) {
        for (int i = attributes.indexOf(d, 1); i >= 0; i = attributes.indexOf(d, i + 1)) {
            if ((attributes.charAt(i - 1) | 0x20) == 'i') {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * The script between {@code from} and {@code to} of the page, without the whitespace around it: its whole text
     * when it is an object, else the object assigned in {@code window['X']=…} (or the whole text when it holds none).
     */
    private static DataScript script(String id, String html, int from, int to, boolean closed) {
        int start = from;
        int end = to;
        while (start < end && html.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && html.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start < end && html.charAt(start) == '{') {
            return new DataScript(id, html, start, end, closed);
        }
        // An assignment (a few KB of SIGI's persisted form): cut out first, so the object's end is sought only inside it.
        String content = html.substring(start, end);
        int open = content.indexOf('{');
        int close = open < 0 ? -1 : LiteralCutter.closing(content, open);
        return close < 0 ? new DataScript(id, content, 0, content.length(), closed) : new DataScript(id, content, open, close, closed);
    }
}
