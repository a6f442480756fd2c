package io.herdbook.jobs.platform.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.herdbook.jobs.platform.RawResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link PageFetcher} promises, checked over real HTTP against a {@link LoopbackSite}. A
 * subclass supplies the fetcher under test; each test class runs its own site, each test its own
 * fetcher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageFetcherContractTest {

    static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    LoopbackSite site;

    PageFetcher fetcher;

    /** A new fetcher of the kind under test. */
    abstract PageFetcher newFetcher(FetcherSettings settings);

    @BeforeAll
    void startSite() throws IOException {
        site = LoopbackSite.start();
    }

    @AfterAll
    void stopSite() {
        site.close();
    }

    @BeforeEach
    void openFetcher() {
        fetcher = newFetcher(settings());
    }

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    FetcherSettings settings() {
        return FetcherSettings.defaults().withBaseUrl(site.baseUrl()).withJavascriptWaitMillis(500);
    }

    static RawResponse answered(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Answered.class);
        return ((FetchResult.Answered) result).response();
    }

    static FetchResult.Failed failed(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) result;
    }

    @Test
    void answers_a_data_page_with_its_data_script_intact() {
        RawResponse response = answered(fetcher.fetch("/@creator"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains(LoopbackSite.DATA_SCRIPT);
    }

    @Test
    void answers_a_block_with_its_status_and_server_header() {
        RawResponse response = answered(fetcher.fetch("/blocked"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("server")).isEqualTo("AkamaiGHost");
        assertThat(response.body()).contains("Access Denied");
    }

    @Test
    void answers_unavailable_for_legal_reasons_as_a_status() {
        assertThat(answered(fetcher.fetch("/legal")).status()).isEqualTo(451);
    }

    @Test
    void answers_a_redirect_to_the_login_wall_without_following_it() {
        RawResponse response = answered(fetcher.fetch("/private"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location")).isEqualTo("/login?enter_method=mandatory");
        assertThat(site.loginHits()).isZero();
    }

    @Test
    void answers_a_redirect_to_another_host_without_following_it() {
        RawResponse response = answered(fetcher.fetch("/gone"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("https://www.tiktok.com/hk/notfound");
    }

    @Test
    void answers_a_server_error_as_a_status() {
        RawResponse response = answered(fetcher.fetch("/busy"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).contains("Service Unavailable");
    }

    @Test
    void answers_a_json_body_as_its_text() {
        RawResponse response = answered(fetcher.fetch("/api/post/item_list?secUid=MS4w&count=30"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(LoopbackSite.JSON);
    }

    @Test
    void decodes_the_body_with_the_charset_the_server_names() {
        assertThat(answered(fetcher.fetch("/latin")).body()).contains("caf\u00e9");
    }

    @Test
    void sends_the_configured_user_agent_and_language() {
        String body = answered(fetcher.fetch("/headers")).body();

        assertThat(body).contains("ua=" + FetcherSettings.DEFAULT_USER_AGENT).contains("lang=en-US,en;q=0.9");
    }

    @Test
    void reports_a_slow_server_as_a_timeout() {
        try (PageFetcher impatient = newFetcher(settings().withRequestTimeout(SHORT_TIMEOUT))) {
            FetchResult.Failed failure = failed(impatient.fetch("/slow"));

            assertThat(failure.timedOut()).isTrue();
            assertThat(failure.reason()).contains("timeout");
            assertThat(failure.elapsed()).isLessThan(LoopbackSite.SLOW_PAGE_DELAY);
        }
    }

    @Test
    void reports_a_refused_connection_as_a_failure_that_is_not_a_timeout() throws IOException {
        try (PageFetcher nowhere = newFetcher(settings().withBaseUrl(LoopbackSite.closedPort()))) {
            FetchResult.Failed failure = failed(nowhere.fetch("/@creator"));

            assertThat(failure.timedOut()).isFalse();
            assertThat(failure.reason()).isNotBlank();
        }
    }

    @Test
    void returns_no_answer_and_keeps_the_interrupt_when_interrupted() {
        Thread.currentThread().interrupt();

        FetchResult result = fetcher.fetch("/@creator");
        boolean stillInterrupted = Thread.interrupted();

        assertThat(failed(result).timedOut()).isFalse();
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void rejects_a_path_that_does_not_start_with_a_slash() {
        assertThatIllegalArgumentException().isThrownBy(() -> fetcher.fetch("@creator"));
    }

    @Test
    void serves_many_callers_at_once() throws Exception {
        List<Callable<FetchResult>> fetches = IntStream.range(0, 16)
                .<Callable<FetchResult>>mapToObj(i -> () -> fetcher.fetch("/@creator")).toList();

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<FetchResult> result : callers.invokeAll(fetches)) {
                assertThat(answered(result.get()).body()).contains(LoopbackSite.DATA_SCRIPT);
            }
        }
    }
}
