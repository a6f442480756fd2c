package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.RawResponse;
import org.junit.jupiter.api.Test;

/**
 * CASES C5: an HTML page without a data script is a cut-off page (UNREADABLE), a challenge or small
 * shell (BLOCKED) or a complete client-rendered page (SHELL), in that order. Cut variants of the real
 * captures are derived here; the files themselves are never changed.
 */
class PlatformParserShellsTest {

    private static final String DYLANLEMAY = "profile-page-2023-02-sigi-state-dylanlemay.html";
    private static final String EMTHE = "post-page-2026-07-rehydration-video-detail-emthenutritionist.html";

    private final PlatformParser parser = new PlatformParser();

    @Test
    void aProfilePageCutBeforeItsSigiStateIsATruncatedPageNotAShellNorABlock() {
        // given the first 200,000 characters of a real profile page: the cut falls before SIGI_STATE,
        // after the slardar monitoring SDK every normal page loads (the old rule called that a bot challenge)
        String cut = Fixtures.text(DYLANLEMAY).substring(0, 200_000);
        assertThat(cut).doesNotContain("SIGI_STATE").containsIgnoringCase("slardar");

        // when
        ParsedPage page = parser.parseCapture(cut);

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.UNREADABLE).isNotIn(Outcome.SHELL, Outcome.BLOCKED);
        assertThat(reason(page)).startsWith("truncated page (").contains("no closing </html>").doesNotContain("challenge");
    }

    @Test
    void aProfilePageCutInsideItsSigiStateStaysUnreadableAsATruncatedPage() {
        // given the same page cut in the middle of its SIGI_STATE script
        String cut = Fixtures.text(DYLANLEMAY).substring(0, 400_000);

        // when
        ParsedPage page = parser.parseCapture(cut);

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.UNREADABLE,
                "truncated page (" + ShellPages.utf8Length(cut) + " bytes): the SIGI_STATE data script has no closing </script>"));
    }

    @Test
    void aVideoPageCutInsideItsRehydrationScriptIsATruncatedPage() {
        // given a 2026 video page cut inside its rehydration script
        String cut = Fixtures.text(EMTHE).substring(0, 150_000);

        // when
        ParsedPage page = parser.parseCapture(cut);

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(reason(page)).startsWith("truncated page (").contains("__UNIVERSAL_DATA_FOR_REHYDRATION__ data script has no closing </script>");
    }

    @Test
    void aSmallPageCutInsideTheOpeningTagOfItsDataScriptIsATruncatedPage() {
        // given a page that ends inside <script id="…REHYDRATION…" before the tag's '>'
        String cut = "<!DOCTYPE html><html><head><title>TikTok</title></head><body>"
                + "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"applic";

        // when
        ParsedPage page = parser.parse(RawResponse.ok(cut));

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(reason(page)).startsWith("truncated page (").contains("opening tag of the __UNIVERSAL_DATA_FOR_REHYDRATION__ data script");
    }

    @Test
    void aCompleteDataScriptThatDoesNotParseIsParseDriftNotATruncatedPage() {
        // given a complete page whose SIGI_STATE script is closed but holds no valid JSON
        String html = "<html><body><script id=\"SIGI_STATE\" type=\"application/json\">{\"UserPage\":</script></body></html>";

        // when
        ParsedPage page = parser.parse(RawResponse.ok(html));

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(reason(page)).startsWith("SIGI_STATE is not valid JSON");
    }

    @Test
    void aOneAndAHalfKilobyteChallengePageIsBlocked() {
        // given a ~1.5 KB bot-challenge page like the one user-scanner reported: a token script, no data script
        String shell = challengePage();
        assertThat(shell.length()).isBetween(1_400, 1_600);

        // when
        ParsedPage page = parser.parse(RawResponse.ok(shell));

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(reason(page)).startsWith("challenge shell (" + shell.strip().length() + " bytes").contains("erifying you are human");
    }

    @Test
    void aSmallPageWithoutDataOrMarkersIsBlockedBecauseNoDataPageIsThatSmall() {
        // given a 3 KB page with a script, no markers and even no closing </html> (too small to call a cut)
        String small = "<!DOCTYPE html><html><head><script src=\"/app.js\"></script></head><body>"
                + "<div class=\"x\">loading</div>".repeat(100);
        assertThat(small.length()).isBetween(2_500, CutOffPages.MAX_UNENDED_SHELL_BYTES);

        // when
        ParsedPage page = parser.parse(RawResponse.ok(small));

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.BLOCKED, "challenge shell (" + small.length() + " bytes, too small for a data page)"));
    }

    @Test
    void aLargeCompletePageWithAChallengeScriptIsBlocked() {
        // given a complete 40 KB page whose only script sets the WAF challenge id
        String html = completePage("<script>window._wafchallengeid = \"v1-abc\"; location.reload();</script>", 40_000);

        // when
        ParsedPage page = parser.parse(RawResponse.ok(html));

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(reason(page)).startsWith("challenge shell (").contains("_wafchallenge");
    }

    @Test
    void aCompleteFortyKilobytePageWithScriptsButNoDataScriptIsAShell() {
        // given a complete 40 KB client-rendered page: scripts, no data script, no challenge markers
        String html = completePage("<script src=\"https://cdn.example/webapp.js\"></script><script>window.boot=1;</script>", 40_000);
        assertThat(html.length()).isBetween(39_000, 40_000);

        // when
        ParsedPage page = parser.parse(RawResponse.ok(html));

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.SHELL, "html without a data script (" + html.length() + " bytes, client-rendered)"));
    }

    @Test
    void theCaptchaConfigTheSlardarSdkAndAHashtagChallengeOfANormalPageAreNoChallengeMarkers() {
        // given a complete tag page carrying what every normal page carries: the api-domains captcha config,
        // the slardar monitoring SDK, the captcha chunk preloaded, a hashtag ("challenge") block and the
        // s_v_web_id "verify_" cookie value
        String html = completePage("""
                <script id="api-domains" type="application/json">{"kind":"t","captcha":"","slardar":"mon.tiktokv.com"}</script>
                <script id="slardar-config" type="application/json">{"bid":"tiktok_webapp","slardarClient":"SlardarClient"}</script>
                <script src="https://cdn.example/slardar/fe/sdk-web/browser.sg.js"></script>
                <script async src="https://cdn.example/webapp/npm-async-bric_verify_sec_sdk_build_captcha_ttp.93162a.js"></script>
                <script>document.cookie = "s_v_web_id=verify_abc";</script>
                <div id="main-content-challenge"><h1 data-e2e="challenge-title">#cake</h1></div>""", 40_000);

        // when
        ParsedPage page = parser.parse(RawResponse.ok(html));

        // then
        assertThat(page.outcome()).isEqualTo(Outcome.SHELL);
    }

    @Test
    void aRealVideoPageWithoutItsRehydrationScriptIsAClientRenderedShell() {
        // given the 2026 video page with its data script taken out: complete, hundreds of KB, full of
        // "captcha" asset names, but without data
        String page = Fixtures.text(EMTHE);
        int open = page.indexOf("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\"");
        int close = page.indexOf("</script>", open) + "</script>".length();
        String withoutData = page.substring(0, open) + page.substring(close);

        // when
        ParsedPage parsed = parser.parseCapture(withoutData);

        // then
        assertThat(parsed.outcome()).isEqualTo(Outcome.SHELL);
        assertThat(reason(parsed)).startsWith("html without a data script (");
    }

    /** A bot-challenge page of about 1.5 KB: it computes a token, sets it as a cookie and reloads. */
    static String challengePage() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>TikTok - Make Your Day</title>
                <meta name="robots" content="noindex, nofollow">
                <meta http-equiv="Cache-Control" content="no-store">
                <link rel="icon" href="https://www.tiktok.com/favicon.ico">
                <style>html,body{margin:0;height:100%;background:#fff}#c{display:flex;height:100%;align-items:center;justify-content:center;font-family:Arial,sans-serif;color:#161823}</style>
                </head>
                <body>
                <div id="c"><noscript>Please enable JavaScript to continue.</noscript></div>
                <script type="text/javascript">
                (function () {
                  var w = window, d = document, n = navigator;
                  function h(s) {
                    var x = 2166136261;
                    for (var i = 0; i < s.length; i++) { x ^= s.charCodeAt(i); x = (x * 16777619) >>> 0; }
                    return x.toString(16);
                  }
                  var fp = [n.userAgent, n.language, screen.width + "x" + screen.height, new Date().getTimezoneOffset()].join("|");
                  var seed = "challenge-seed-7f3a9c1e";
                  var token = h(seed + "|" + fp);
                  try {
                    d.cookie = "tt_chain_token=" + token + "; path=/; max-age=600; SameSite=Lax";
                    d.cookie = "s_v_web_id=verify_" + token + "; path=/; max-age=600; SameSite=Lax";
                  } catch (e) {}
                  if (w.webdriver || n.webdriver) {
                    d.getElementById("c").textContent = "Verifying you are human. This may take a few seconds.";
                    return;
                  }
                  setTimeout(function () { w.location.reload(); }, 1500);
                })();
                </script>
                </body>
                </html>
                """;
    }

    /** A complete page holding {@code head} and padded with markup to about {@code size} characters. */
    static String completePage(String head, int size) {
        String start = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>#cake | TikTok</title>" + head + "</head><body>";
        String end = "</body></html>";
        StringBuilder html = new StringBuilder(start);
        String filler = "<div class=\"css-1qb12g8-DivItemContainer\"><span>placeholder</span></div>\n";
        while (html.length() + filler.length() + end.length() <= size) {
            html.append(filler);
        }
        return html.append(end).toString();
    }

    private static String reason(ParsedPage page) {
        assertThat(page).isInstanceOf(NoData.class);
        return ((NoData) page).reason();
    }
}
