package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.RawResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a {@code curl -i} capture into status, headers and body. A capture through a
 * proxy holds several status blocks (the proxy's {@code HTTP/1.1 200} preamble, then the origin's
 * answer); the last block is the real one. Text that does not start with a status line (after any
 * byte-order mark) is a saved body, read as a 200 with no headers.
 */
final class CaptureSplitter {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})[^\\n]*\\n");

    private CaptureSplitter() {
    }

    static RawResponse split(String fileText) {
        // A byte-order mark in front of the first status line would hide it; the body's own is removed later.
        String rest = BodyText.withoutLeadingBom(fileText);
        Matcher status = STATUS_LINE.matcher(rest);
        if (!status.lookingAt()) {
            return RawResponse.ok(rest);
        }
        int code = 200;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        while (status.lookingAt()) {
            code = Integer.parseInt(status.group(1));
            headers = new LinkedHashMap<>();
            rest = readHeaders(rest.substring(status.end()), headers);
            status = STATUS_LINE.matcher(rest);
        }
        return new RawResponse(code, headers, rest);
    }

    /** Reads header lines into {@code headers} and returns what follows the blank line. */
    private static String readHeaders(String text, Map<String, List<String>> headers) {
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int next = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, eol < 0 ? text.length() : eol).replace("\r", "");
            pos = next;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
        }
        return text.substring(Math.min(pos, text.length()));
    }
}
