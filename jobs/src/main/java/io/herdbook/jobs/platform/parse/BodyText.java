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

    /** The body as the format check sees it: leading marks and whitespace, and trailing whitespace, removed. */
    static String clean(String text) {
        String rest = withoutLeadingBom(text).strip();
        // A mark after leading whitespace (a BOM-prefixed file pasted after a blank line) is still a mark.
        return rest.isEmpty() || rest.charAt(0) != BOM ? rest : clean(rest);
    }

    /** True when the text holds nothing but byte-order marks and whitespace. */
    static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }
}
