package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.Bundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JavaScript/TypeScript module of recorded API responses ({@code export = { user: (name) => {…},
 * listV2: {…}, list: {…}, … }}). Each top-level member whose value is an object literal is read as a
 * body; for a function member the last {@code return {…}} is the recorded response (earlier returns
 * are test stubs such as {@code if (username === 'na') return {statusCode: 1}}). Members in no shape
 * we know (a hashtag page) and non-literal members ({@code readFileSync(…)}) are left out; the
 * result is a {@link Bundle} of the responses read, in file order.
 */
final class LiteralBundleReader {

    private static final Pattern MODULE = Pattern.compile("(?m)^\\s*(?:export\\s*=|export\\s+default|module\\.exports\\s*=)\\s*\\{");
    /** {@link #MODULE} after its {@code ^\s*}, tried only where the word {@code export} is. */
    private static final Pattern MODULE_AFTER_INDENT = Pattern.compile("(?:export\\s*=|export\\s+default|module\\.exports\\s*=)\\s*\\{");
    private static final String MODULE_DOT = "module.";
    private static final Pattern MEMBER = Pattern.compile("\\G[\\s,]*(?:(?://[^\\n]*|/\\*.*?\\*/)[\\s,]*)*['\"]?([A-Za-z_$][\\w$]*)['\"]?\\s*:", Pattern.DOTALL);
    private static final Pattern RETURN = Pattern.compile("\\breturn\\s*\\{");

    private LiteralBundleReader() {
    }

    /**
     * True when {@link #MODULE} is found in {@code text}. Every HTML page is asked this before it is read, and a
     * multi-line {@code ^} tried at every character of a 400 KB page cost more than parsing it, so the pattern is
     * only tried where {@code export} occurs (or the {@code module.} before it starts), when a line starts there
     * but for whitespace.
     */
    static boolean accepts(String text) {
        Matcher module = MODULE_AFTER_INDENT.matcher(text);
        for (int at = text.indexOf("export"); at >= 0; at = text.indexOf("export", at + 1)) {
            int start = text.startsWith(MODULE_DOT, at - MODULE_DOT.length()) ? at - MODULE_DOT.length() : at;
            if (startsIndentedLine(text, start) && module.region(start, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code ^\s*} of {@link #MODULE} can end at {@code at}: only regex whitespace lies between it and
     * a multi-line {@code ^} (the text's start, or just after a line terminator other than the CR of a CRLF).
     */
    private static boolean startsIndentedLine(String text, int at) {
        for (int p = at; p >= 0; p--) {
            if (p == 0 || isLineStart(text, p)) {
                return true;
            }
            if (!isRegexSpace(text.charAt(p - 1))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLineStart(String text, int p) {
        char before = text.charAt(p - 1);
        boolean terminator = before == '\n' || before == '\r' || before == '\u0085' || before == '\u2028' || before == '\u2029';
        return terminator && !(before == '\r' && p < text.length() && text.charAt(p) == '\n');
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The bundle, or empty when no member holds a response we can read. */
    static Optional<ParsedPage> read(String text) {
        Matcher module = MODULE.matcher(text);
        if (!module.find()) {
            return Optional.empty();
        }
        int open = module.end() - 1;
        int close = LiteralCutter.closing(text, open);
        String members = text.substring(open + 1, close < 0 ? text.length() : close - 1);
        List<ParsedPage> parts = new ArrayList<>();
        Matcher member = MEMBER.matcher(members);
        int pos = 0;
        while (member.find(pos) && member.start() == pos) {
            int end = LiteralCutter.endOfValue(members, member.end());
            literal(members.substring(member.end(), end).trim())
                    .flatMap(json -> ApiBodyReader.read(Json.parseLenient(json, "member " + member.group(1))))
                    .filter(page -> page instanceof ParsedPage.NoData == false)
                    .ifPresent(parts::add);
            pos = end;
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Bundle(parts));
    }

    /** The object literal a member's value is or returns last, or empty. */
    private static Optional<String> literal(String value) {
        int open = -1;
        if (value.startsWith("{")) {
            open = 0;
        } else if (value.contains("=>") || value.startsWith("function")) {
            Matcher ret = RETURN.matcher(value);
            while (ret.find()) {
                open = ret.end() - 1;
            }
        }
        int close = open < 0 ? -1 : LiteralCutter.closing(value, open);
        return close < 0 ? Optional.empty() : Optional.of(value.substring(open, close));
    }
}
