package io.herdbook.jobs.platform.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a page that was cut off in transit or on save. A platform page ends with
 * {@code </html>}; one that stops early has lost whatever followed, possibly its data script, so it
 * says nothing about what the platform answered. It must not pass for a shell (a page that really has
 * no data) nor for a block (a refusal we back off from): it is unreadable, and the reason says so.
 */
final class CutOffPages {

    /**
     * Below this a page without {@code </html>} is read as the small challenge shell it most likely is
     * (some are served without the closing tag); above it, a missing end is a cut.
     */
    static final int MAX_UNENDED_SHELL_BYTES = 4 * 1024;

    private static final Pattern HTML_END = Pattern.compile("</html\\s*>", Pattern.CASE_INSENSITIVE);

    private CutOffPages() {
    }

    /**
     * Why a page on which no data script could be located is cut off, or empty when it is complete: it
     * ends inside the opening tag of a data script, or it is longer than a shell and has no {@code </html>}.
     */
    static Optional<String> reason(String html, int bytes) {
        Optional<String> tag = DataScriptLocator.openingTagId(html);
        if (tag.isPresent()) {
            return Optional.of("truncated page (" + bytes + " bytes): it ends inside the opening tag of the " + tag.get() + " data script");
        }
        if (!hasHtmlEnd(html) && bytes > MAX_UNENDED_SHELL_BYTES) {
            return Optional.of("truncated page (" + bytes + " bytes): no closing </html>");
        }
        return Optional.empty();
    }

    /** The reason for a data script whose JSON did not parse, when the page shows it was cut inside it. */
    static Optional<String> reason(DataScriptLocator.DataScript script, String html, int bytes) {
        if (!script.closed()) {
            return Optional.of("truncated page (" + bytes + " bytes): the " + script.id() + " data script has no closing </script>");
        }
        if (!hasHtmlEnd(html)) {
            return Optional.of("truncated page (" + bytes + " bytes): the " + script.id() + " data script does not parse and there is no closing </html>");
        }
        return Optional.empty();
    }

    static boolean hasHtmlEnd(String html) {
        return HTML_END.matcher(html).find();
    }
}
