package io.herdbook.jobs.platform.parse;

/**
 * Finds the extent of a bracketed JavaScript value in source text, skipping brackets inside string
 * literals (single, double, backtick) and comments.
 */
final class LiteralCutter {

    private LiteralCutter() {
    }

    /** The index just past the bracket that closes the one at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            int skipped = skipLiteral(s, i);
            if (skipped != i) {
                if (skipped < 0) {
                    return -1;
                }
                i = skipped;
                continue;
            }
            char c = s.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index of the next {@code ,} or unmatched closing bracket at depth 0 from {@code from}. */
    static int endOfValue(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            int skipped = skipLiteral(s, i);
            if (skipped != i) {
                if (skipped < 0) {
                    return s.length();
                }
                i = skipped;
                continue;
            }
            char c = s.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    /**
     * When a string literal or a comment starts at {@code i}, the index of its last character (-1 when
     * it never ends); otherwise {@code i} itself.
     */
    private static int skipLiteral(String s, int i) {
        char c = s.charAt(i);
        if (c == '"' || c == '\'' || c == '`') {
            return endOfString(s, i);
        }
        if (c == '/' && i + 1 < s.length() && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*')) {
            return endOfComment(s, i);
        }
        return i;
    }

    /** The index of the closing quote of the string starting at {@code start}, or -1. */
    private static int endOfString(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfComment(String s, int start) {
        if (s.charAt(start + 1) == '/') {
            int eol = s.indexOf('\n', start);
            return eol < 0 ? s.length() - 1 : eol;
        }
        int end = s.indexOf("*/", start + 2);
        return end < 0 ? -1 : end + 1;
    }
}
