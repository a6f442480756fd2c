package io.herdbook.jobs.platform.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetcherSettingsTest {

    private final FetcherSettings defaults = FetcherSettings.defaults();

    @Test
    void defaults_to_the_public_site_with_short_timeouts() {
        assertThat(defaults.baseUrl()).isEqualTo(URI.create("https://www.tiktok.com"));
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void appends_a_path_and_query_to_the_base_url() {
        assertThat(defaults.resolve("/@creator?lang=en")).isEqualTo(URI.create("https://www.tiktok.com/@creator?lang=en"));
    }

    @Test
    void keeps_the_port_and_path_prefix_of_a_sandbox_base_url_and_drops_its_trailing_slash() {
        FetcherSettings sandbox = defaults.withBaseUrl(URI.create("http://127.0.0.1:8089/sandbox/"));

        assertThat(sandbox.resolve("/@creator")).isEqualTo(URI.create("http://127.0.0.1:8089/sandbox/@creator"));
    }

    @Test
    void rejects_a_path_without_a_leading_slash_or_with_another_authority() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.resolve("@creator"));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.resolve("//evil.example/x"));
    }

    @Test
    void rejects_a_base_url_that_is_relative_or_not_http() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withBaseUrl(URI.create("/relative")));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withBaseUrl(URI.create("ftp://www.tiktok.com")));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withBaseUrl(URI.create("https://www.tiktok.com?x=1")));
    }

    @Test
    void rejects_a_timeout_that_is_not_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new FetcherSettings(defaults.baseUrl(),
                Duration.ofSeconds(-1), defaults.requestTimeout(), defaults.userAgent(), defaults.acceptLanguage(), 0));
    }

    @Test
    void rejects_a_blank_user_agent_and_a_negative_script_wait() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FetcherSettings(defaults.baseUrl(),
                defaults.connectTimeout(), defaults.requestTimeout(), " ", defaults.acceptLanguage(), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withJavascriptWaitMillis(-1));
    }
}
