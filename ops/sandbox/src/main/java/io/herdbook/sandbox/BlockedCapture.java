package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A refusal the platform's edge really sent (Akamai 403, 451, a 302 to the login or region wall),
 * read from a {@code curl -i} capture.
 *
 * @param name   the short name faults refer to, e.g. {@code akamai-403}
 * @param status the final HTTP status
 * @param headers the final block's headers in order, without framing headers
 * @param body   the body bytes exactly as captured
 */
public record BlockedCapture(String name, int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** Framing headers describe the captured connection, not the answer; the server writes its own. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection", "keep-alive");

    public BlockedCapture {
        headers = List.copyOf(headers);
    }

    /**
     * Reads a {@code curl -i} capture. A proxy may answer first ({@code HTTP/1.1 200} with an empty body
     * before TikTok's own {@code HTTP/2 403}), so the LAST consecutive status block is the real answer.
     */
    public static BlockedCapture fromCurl(String name, byte[] file) {
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets found in the text are byte offsets.
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int start = 0;
        int next = 0;
        while (text.startsWith("HTTP/", next)) {
            start = next;
            next = endOfHeaders(text, start);
        }
        if (next == 0) {
            throw new IllegalArgumentException(name + ": not a curl -i capture (no HTTP status line)");
        }
        String[] lines = text.substring(start, next).split("\r?\n");
        int status = Integer.parseInt(lines[0].trim().split("\\s+")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String header = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                if (!FRAMING.contains(header)) {
                    headers.add(Map.entry(header, lines[i].substring(colon + 1).trim()));
                }
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(file, next, file.length);
        return new BlockedCapture(name, status, headers, body);
    }

    /** The offset just past the blank line that ends the header block starting at {@code from}. */
    private static int endOfHeaders(String text, int from) {
        int crlf = text.indexOf("\r\n\r\n", from);
        int lf = text.indexOf("\n\n", from);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + 4;
        }
        if (lf >= 0) {
            return lf + 2;
        }
        return text.length();
    }

    /**
     * The short name of a {@code blocked-*} capture file:
     * {@code blocked-2022-03-akamai-403-access-denied.http.txt} is {@code akamai-403}, the others are
     * {@code 451}, {@code login} and {@code region-notfound}; an unknown kind keeps its slug.
     */
    public static String nameOf(String fileName) {
        String slug = fileName.replaceFirst("^blocked-(\\d{4}-\\d{2}-)?", "").replaceFirst("\\.http\\.txt$|\\.txt$", "");
        if (slug.contains("akamai")) {
            return "akamai-403";
        }
        if (slug.startsWith("451")) {
            return "451";
        }
        if (slug.contains("notfound")) {
            return "region-notfound";
        }
        if (slug.contains("login")) {
            return "login";
        }
        return slug;
    }

    Reply reply() {
        return new Reply(status, headers, body);
    }
}
