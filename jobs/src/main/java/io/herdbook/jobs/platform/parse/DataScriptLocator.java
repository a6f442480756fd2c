package io.herdbook.jobs.platform.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("</script\\s*>", Pattern.CASE_INSENSITIVE);

    /** One data script: its id and its JSON text. */
    record DataScript(String id, String json) {
    }

    private DataScriptLocator() {
    }

    /** The page's data scripts in trial order; empty when it has none. */
    static List<DataScript> locate(String html) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher id = ID.matcher(script.group(1));
            if (id.find() && ORDER.contains(id.group(1)) && !found.containsKey(id.group(1))) {
                Matcher end = END.matcher(html);
                int stop = end.find(script.end()) ? end.start() : html.length();
                found.put(id.group(1), html.substring(script.end(), stop).trim());
            }
        }
        List<DataScript> scripts = new ArrayList<>();
        for (String id : ORDER) {
            if (found.containsKey(id)) {
                scripts.add(new DataScript(id, jsonOf(found.get(id))));
            }
        }
        return scripts;
    }

    /** True when the page has any script tag at all (a challenge or client-rendered shell has). */
    static boolean hasScript(String html) {
        return SCRIPT.matcher(html).find();
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
