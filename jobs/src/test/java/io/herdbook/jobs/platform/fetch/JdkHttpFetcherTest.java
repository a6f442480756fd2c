package io.herdbook.jobs.platform.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdkHttpFetcherTest extends PageFetcherContractTest {

    @Override
    PageFetcher newFetcher(FetcherSettings settings) {
        return new JdkHttpFetcher(settings);
    }

    @Test
    void returns_the_served_html_without_running_its_scripts() {
        String body = answered(fetcher.fetch("/scripted")).body();

        assertThat(body).contains("<div id=\"now\">pending</div>").doesNotContain("written-now");
    }

    @Test
    void keeps_no_cookies_between_fetches() {
        fetcher.fetch("/session/start");

        assertThat(answered(fetcher.fetch("/session/echo")).body()).isEqualTo("cookie=null");
    }
}
