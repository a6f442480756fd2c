package io.herdbook.jobs.platform.parse;

/**
 * Finds {@code <script …>} and {@code </script>} tags in a page with {@link String#indexOf} instead of a regular
 * expression: a page is 300-800 KB, and trying a case-insensitive pattern at every one of its characters was
 * most of the parser's time. The tags found are exactly those of {@code <script\b([^>]*)>} and
 * {@code </script\s*>} with {@code CASE_INSENSITIVE}: ASCII-only case folding, and the word boundary after
 * {@code script} of {@link java.util.regex.Pattern} (an ASCII letter, digit or {@code _}, or a combining mark,
 * continues the word).
 */
final class ScriptTags {

    private static final String NAME = "script";

    /**
     * An opening tag: {@code start} is its {@code <}, {@code end} is just past its {@code >}, and its attributes
     * are the text between the name and the {@code >}.
     */
    record Opening(int start, int attributesStart, int end) {

        String attributes(String html) {
            return html.substring(attributesStart, end - 1);
        }
    }

    private ScriptTags() {
    }

    /** The first opening script tag that starts at or after {@code from}, or null. */
    static Opening nextOpening(String html, int from) {
        for (int lt = html.indexOf('<', from); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int afterName = lt + 1 + NAME.length();
            if (nameAt(html, lt + 1) && !continuesWord(html, afterName)) {
                int gt = html.indexOf('>', afterName);
                // No '>' after this one means none after any later tag either: the page ends inside a tag.
                return gt < 0 ? null : new Opening(lt, afterName, gt + 1);
            }
        }
        return null;
    }

    /** The index of the {@code <} of the first closing script tag at or after {@code from}, or -1. */
    static int nextClosing(String html, int from) {
        for (int lt = html.indexOf("</", from); lt >= 0; lt = html.indexOf("</", lt + 1)) {
            if (nameAt(html, lt + 2) && isClosed(html, lt + 2 + NAME.length())) {
                return lt;
            }
        }
        return -1;
    }

    /** True when {@code script} (any ASCII case) starts at {@code at}. */
    private static boolean nameAt(String html, int at) {
        if (at + NAME.length() > html.length()) {
            return false;
        }
        for (int i = 0; i < NAME.length(); i++) {
            char c = html.charAt(at + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != NAME.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the character at {@code at} would continue the word {@code script}, so no {@code \b} is there. */
    private static boolean continuesWord(String html, int at) {
        if (at >= html.length()) {
            return false;
        }
        int c = html.codePointAt(at);
        boolean asciiWord = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
        return asciiWord || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when only regex whitespace ({@code \s}: space, tab, line feed, VT, form feed, CR) precedes a {@code >}. */
    private static boolean isClosed(String html, int at) {
        for (int i = at; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                return false;
            }
        }
        return false;
    }
}
