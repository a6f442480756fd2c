package io.herdbook.bench.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The page mix P1 parses: every post, photo-post and profile page among the real captures (Next.js 2020-21,
 * SIGI 2022-23, rehydration 2024-26), read once into memory; the files themselves are never written.
 */
final class FixturePages {

    /** One captured page and the JSON its data is in, as the JSON baseline receives it. */
    record Page(String name, String html, String dataJson) {
    }

    private static final Pattern DATA_SCRIPT = Pattern.compile(
            "<script\\b[^>]*\\bid=\"(?:__UNIVERSAL_DATA_FOR_REHYDRATION__|SIGI_STATE|__NEXT_DATA__)\"[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    private FixturePages() {
    }

    /** The pages of {@code fixtures} in name order; fails when there are none, as a figure on nothing means nothing. */
    static List<Page> load(Path fixtures) {
        try (Stream<Path> files = Files.list(fixtures)) {
            List<Page> pages = files.filter(FixturePages::isPage).sorted(Comparator.comparing(Path::toString))
                    .map(FixturePages::read).toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("no post or profile pages in " + fixtures);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") && (name.startsWith("post-page-") || name.startsWith("profile-page-") || name.startsWith("photo-post-page-"));
    }

    private static Page read(Path file) {
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return new Page(file.getFileName().toString(), html, dataJson(file, html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The largest data script of the page: the one its posts are in (a Feb 2023 page also carries a small
     * rehydration script of translations only, which Herdbook parses first and the baseline is spared).
     */
    private static String dataJson(Path file, String html) {
        String largest = null;
        Matcher script = DATA_SCRIPT.matcher(html);
        while (script.find()) {
            String json = script.group(1).strip();
            if (largest == null || json.length() > largest.length()) {
                largest = json;
            }
        }
        if (largest == null || !largest.startsWith("{")) {
            throw new IllegalStateException(file + " has no JSON data script");
        }
        return largest;
    }
}
