package io.herdbook.jobs.platform.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFetchersTest {

    @Test
    void builds_a_plain_http_fetcher_or_a_browser_by_kind() {
        try (PageFetcher http = PageFetchers.create(FetcherKind.HTTP, FetcherSettings.defaults());
             PageFetcher browser = PageFetchers.create(FetcherKind.BROWSER, FetcherSettings.defaults())) {
            assertThat(http).isInstanceOf(JdkHttpFetcher.class);
            assertThat(browser).isInstanceOf(HtmlUnitFetcher.class);
        }
    }
}
