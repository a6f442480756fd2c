package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import org.junit.jupiter.api.Test;

/** The four curl captures of CDN blocks: the proxy's 200 preamble is skipped, the origin status decides. */
class PlatformParserBlockedCapturesTest {

    @Test
    void classifiesTheAkamai403BehindAProxyPreambleAsBlocked() {
        NoData result = noData("blocked-2022-03-akamai-403-access-denied.http.txt");

        assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(result.reason()).isEqualTo("http 403 AkamaiGHost TCP_DENIED \"Access Denied\"");
    }

    @Test
    void classifiesThe451LegalBlockAsBlocked() {
        NoData result = noData("blocked-2022-03-451-unavailable-for-legal-reasons.http.txt");

        assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(result.reason()).isEqualTo("http 451 unavailable for legal reasons (region/legal block)");
    }

    @Test
    void classifiesTheRedirectToLoginAsALoginWall() {
        NoData result = noData("blocked-2022-02-302-redirect-to-login.http.txt");

        assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(result.reason()).startsWith("http 302 login wall: redirect to https://www.tiktok.com/login?redirect_url=")
                .endsWith("enter_method=mandatory");
    }

    @Test
    void classifiesTheRedirectToARegionalNotFoundAsARegionWallNotAMissingAccount() {
        NoData result = noData("blocked-2022-02-302-redirect-region-notfound.http.txt");

        assertThat(result.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(result.reason()).isEqualTo("http 302 region wall (hk): redirect to https://www.tiktok.com/hk/notfound");
    }

    @Test
    void keepsTheLastStatusBlockAndItsHeadersOfAProxiedCapture() {
        var raw = CaptureSplitter.split(Fixtures.text("blocked-2022-03-akamai-403-access-denied.http.txt"));

        assertThat(raw.status()).isEqualTo(403);
        assertThat(raw.header("server")).isEqualTo("AkamaiGHost");
        assertThat(raw.header("x-luminati-ip")).isNull();
        assertThat(raw.body()).contains("<TITLE>Access Denied</TITLE>");
    }

    private static NoData noData(String file) {
        ParsedPage page = Fixtures.parse(file);
        assertThat(page).isInstanceOf(NoData.class);
        return (NoData) page;
    }
}
