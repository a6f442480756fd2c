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
     * One data script: its id, its JSON text and whether its {@code </script>} was found. A script
     * without one runs to the end of the text: the page was cut off inside it.
     */
    record DataScript(String id, String json, boolean closed) {
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
                found.put(id.group(1), new DataScript(id.group(1), jsonOf(trimmed(html, tag.end(), closed ? end : html.length())), closed));
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

    /** {@code html.substring(from, to).trim()}, copying the script's text once rather than twice. */
    private static String trimmed(String html, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && html.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && html.charAt(end - 1) <= ' ') {
            end--;
        }
        return html.substring(start, end);
    }

    /** The JSON object of a script: its whole text, or the object assigned in {@code window['X']=…}. */
    private static String jsonOf(String content) {
        if (content.startsWith("{")) {
            return content;
        }
        int open = content.indexOf('{');
        int close = open < 0 ? -1 : LiteralCutter.closing(content, open);
        return close < 0 ? content : content.substring(open, close);
    }
}
