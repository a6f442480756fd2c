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
    private static final Pattern MEMBER = Pattern.compile("\\G[\\s,]*(?:(?://[^\\n]*|/\\*.*?\\*/)[\\s,]*)*['\"]?([A-Za-z_$][\\w$]*)['\"]?\\s*:", Pattern.DOTALL);
    private static final Pattern RETURN = Pattern.compile("\\breturn\\s*\\{");

    private LiteralBundleReader() {
    }

    static boolean accepts(String text) {
        return MODULE.matcher(text).find();
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
