package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what an HTML page without any data script means (CASES C5), in this order:
 * <ol>
 * <li>a cut-off page is {@link Outcome#UNREADABLE} ({@link CutOffPages}): the data may have been in the lost part;</li>
 * <li>a bot challenge, or a page too small to be a data page, is {@link Outcome#BLOCKED}: the platform
 * withheld the data from us, so the caller backs off, retries later and keeps stored stats;</li>
 * <li>anything else, a larger complete page rendered client-side (a tag or discover page), is a
 * {@link Outcome#SHELL}.</li>
 * </ol>
 * The challenge markers are deliberately narrow. A normal page mentions {@code captcha}, {@code verify},
 * {@code challenge} (a hashtag is a "challenge") and the {@code slardar} monitoring SDK in its config,
 * asset names and translations, so bare words would call every client-rendered page a challenge.
 */
final class ShellPages {

    /** Real data pages are hundreds of KB; the challenge shell is about 1.5 KB. */
    static final int SMALL_PAGE_BYTES = 16 * 1024;

    private static final Pattern CHALLENGE = Pattern.compile(String.join("|",
            "_?wafchallenge",                                        // ByteDance WAF: window._wafchallengeid
            "captcha[-_]?verify", "secsdk-captcha", "verify[-_]bar", // the captcha widget's containers
            "captcha[-_](?:container|wrap|box)",
            "cf_chl_", "challenge-platform", "cf-challenge",         // Cloudflare
            "bm-verify", "sec-if-cpt",                               // Akamai Bot Manager
            "verify(?:ing)?\\s+(?:that\\s+)?you\\s+are\\s+(?:a\\s+)?human",
            "<form\\b[^>]*\\b(?:action|id|class|name)\\s*=\\s*[\"']?[^\"'>]*(?:captcha|challenge|verify)",
            "<title>[^<]*(?:captcha|security\\s+check|just\\s+a\\s+moment|verif)"), Pattern.CASE_INSENSITIVE);

    private ShellPages() {
    }

    static NoData classify(String html) {
        int bytes = utf8Length(html);
        Optional<String> cut = CutOffPages.reason(html, bytes);
        if (cut.isPresent()) {
            return new NoData(Outcome.UNREADABLE, cut.get());
        }
        Matcher challenge = CHALLENGE.matcher(html);
        if (challenge.find()) {
            return new NoData(Outcome.BLOCKED, "challenge shell (" + bytes + " bytes, bot-challenge marker \"" + shorten(challenge.group()) + "\")");
        }
        if (bytes < SMALL_PAGE_BYTES) {
            return new NoData(Outcome.BLOCKED, "challenge shell (" + bytes + " bytes, too small for a data page)");
        }
        String hint = DataScriptLocator.hasScript(html) ? ", client-rendered" : "";
        return new NoData(Outcome.SHELL, "html without a data script (" + bytes + " bytes" + hint + ")");
    }

    /** The size of the page's content in UTF-8 bytes (trailing whitespace not counted), without copying the page. */
    static int utf8Length(String text) {
        int bytes = 0;
        int end = BodyText.contentEnd(text);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String shorten(String marker) {
        String flat = marker.replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
