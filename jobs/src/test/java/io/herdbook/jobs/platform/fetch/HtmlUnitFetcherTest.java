package io.herdbook.jobs.platform.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.RawResponse;
import org.junit.jupiter.api.Test;

class HtmlUnitFetcherTest extends PageFetcherContractTest {

    @Override
    PageFetcher newFetcher(FetcherSettings settings) {
        return new HtmlUnitFetcher(settings);
    }

    @Test
    void returns_the_dom_after_inline_and_timer_scripts_ran() {
        String body = answered(fetcher.fetch("/scripted")).body();

        assertThat(body).contains("written-now").contains("written-later").doesNotContain("pending");
    }

    @Test
    void returns_the_served_html_when_scripts_are_disabled() {
        try (PageFetcher noScripts = new HtmlUnitFetcher(settings(), false, 1)) {
            String body = answered(noScripts.fetch("/scripted")).body();

            assertThat(body).contains("<div id=\"now\">pending</div>").doesNotContain("written-now");
        }
    }

    @Test
    void returns_the_served_body_byte_exact_when_it_carries_the_data_script() {
        String body = answered(fetcher.fetch("/@creator")).body();

        assertThat(body).isEqualTo("<html><head><title>creator</title></head><body>" + LoopbackSite.DATA_SCRIPT + "</body></html>");
    }

    @Test
    void carries_a_cookie_from_one_fetch_to_the_next() {
        fetcher.fetch("/session/start");

        assertThat(answered(fetcher.fetch("/session/echo")).body()).isEqualTo("cookie=ttwid=session-42");
    }

    @Test
    void carries_the_session_across_every_browser_of_its_pool() {
        try (PageFetcher pooled = new HtmlUnitFetcher(settings(), true, 3)) {
            pooled.fetch("/session/start");

            for (int i = 0; i < 3; i++) {
                assertThat(answered(pooled.fetch("/session/echo")).body()).isEqualTo("cookie=ttwid=session-42");
            }
        }
    }

    @Test
    void keeps_each_fetchers_session_to_itself() {
        fetcher.fetch("/session/start");

        try (PageFetcher stranger = newFetcher(settings())) {
            assertThat(answered(stranger.fetch("/session/echo")).body()).isEqualTo("cookie=null");
        }
    }

    @Test
    void answers_with_the_page_a_passed_script_challenge_navigated_to() {
        RawResponse response = answered(fetcher.fetch("/challenge"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(LoopbackSite.DATA_SCRIPT);
    }

    @Test
    void answers_a_challenge_as_served_when_scripts_are_disabled() {
        try (PageFetcher noScripts = new HtmlUnitFetcher(settings(), false, 1)) {
            assertThat(answered(noScripts.fetch("/challenge")).status()).isEqualTo(403);
        }
    }
}
