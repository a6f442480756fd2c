package io.herdbook.jobs.platform.parse;

/**
 * Normalises the text around a body before its format is sniffed. Editors and some proxies put a
 * byte-order mark ({@code U+FEFF}) in front of a saved page or JSON body; {@link String#strip()} does
 * not remove it (it is not whitespace), and left in place it hides the {@code {} or {@code <} the format
 * check looks at, so a good body would read as "neither HTML nor JSON".
 */
final class BodyText {

    private static final char BOM = '\uFEFF';

    private BodyText() {
    }

    /** {@code text} without any byte-order marks at its start (null reads as empty). */
    static String withoutLeadingBom(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == BOM) {
            start++;
        }
        return text.substring(start);
    }

    /**
     * The body as the format check sees it: leading marks and whitespace removed. Trailing whitespace is left in
     * place (no reader minds it) because removing it copied the whole page whenever it ended in a newline, as most
     * pages do; where a size is reported, {@link #contentEnd} leaves it out, as stripping it did.
     */
    static String clean(String text) {
        String rest = withoutLeadingBom(text).stripLeading();
        // A mark after leading whitespace (a BOM-prefixed file pasted after a blank line) is still a mark.
        return rest.isEmpty() || rest.charAt(0) != BOM ? rest : clean(rest);
    }

    /** Where the text's content ends: the index after its last character that is not whitespace (as {@link String#strip()} sees it). */
    static int contentEnd(String text) {
        int end = text.length();
        while (end > 0) {
            int last = text.codePointBefore(end);
            if (!Character.isWhitespace(last)) {
                break;
            }
            end -= Character.charCount(last);
        }
        return end;
    }

    /** True when the text holds nothing but byte-order marks and whitespace. */
    static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }
}
