package io.herdbook.jobs.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.fetch.FetcherSettings;
import io.herdbook.jobs.platform.fetch.JdkHttpFetcher;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web adapter over real HTTP on loopback: which redirects it follows, and which are answers. */
class WebPlatformSourceTest {

    private static final String PROFILE = """
            <html><head><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">
            {"__DEFAULT_SCOPE__":{"webapp.user-detail":{"statusCode":0,"userInfo":{
              "user":{"id":"1","uniqueId":"renamed","secUid":"MS4w","privateAccount":false},
              "stats":{"followerCount":12345,"followingCount":1,"heartCount":99,"videoCount":3}}}}}
            </script></head><body></body></html>""";

    private HttpServer server;
    private WebPlatformSource source;
    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requested.add(path);
            String location = switch (path) {
                case "/@old" -> "/@renamed";
                case "/@absolute" -> base() + "/@renamed";
                case "/@elsewhere" -> "https://example.com/@renamed";
                case "/@loop" -> "/@loop";
                case "/@login" -> "https://www.tiktok.com/login?redirect_url=x&enter_method=mandatory";
                default -> null;
            };
            byte[] body = location == null ? PROFILE.getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(location == null ? 200 : 302, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        JdkHttpFetcher fetcher = new JdkHttpFetcher(FetcherSettings.defaults().withBaseUrl(URI.create(base())));
        source = new WebPlatformSource(fetcher, fetcher, new PlatformParser(), URI.create(base()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void followsARedirectWithinThePlatformAndKeepsTheResourceAskedFor() {
        SourceAnswer answer = source.profile("old");

        assertThat(answer.page()).isInstanceOfSatisfying(ParsedPage.ProfilePage.class,
                page -> assertThat(page.profile().followers()).isEqualTo(12_345L));
        assertThat(answer.resource()).isEqualTo("/@old");
        assertThat(requested).containsExactly("/@old", "/@renamed");
    }

    @Test
    void followsAnAbsoluteRedirectToTheSameOrigin() {
        assertThat(source.profile("absolute").outcome()).isEqualTo(Outcome.DATA);
    }

    @Test
    void aRedirectOffThePlatformIsNotFollowed() {
        SourceAnswer answer = source.profile("elsewhere");

        assertThat(answer.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(answer.reason()).contains("unexpected redirect");
        assertThat(requested).containsExactly("/@elsewhere");
    }

    @Test
    void aRedirectLoopEndsAfterAFewHops() {
        SourceAnswer answer = source.profile("loop");

        assertThat(answer.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(requested).hasSize(WebPlatformSource.MAX_REDIRECTS + 1);
    }

    @Test
    void theLoginWallIsAnAnswerNotARedirectToFollow() {
        SourceAnswer answer = source.profile("login");

        assertThat(answer.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(answer.reason()).contains("login wall");
        assertThat(requested).containsExactly("/@login");
    }
}
