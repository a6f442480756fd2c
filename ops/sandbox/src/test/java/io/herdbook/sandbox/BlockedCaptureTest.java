package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockedCaptureTest {

    @Test
    void theLastStatusBlockOfACurlCaptureIsTheRealAnswer() {
        String capture = "HTTP/1.1 200 OK\r\nx-luminati-ip: r1\r\n\r\n"
                + "HTTP/2 302 \r\nserver: nginx\r\ncontent-length: 99\r\nlocation: https://www.tiktok.com/hk/notfound\r\n"
                + "set-cookie: a=1\r\nset-cookie: b=2\r\n\r\n<body>é</body>";

        BlockedCapture blocked = BlockedCapture.fromCurl("region-notfound", capture.getBytes(StandardCharsets.UTF_8));

        assertThat(blocked.status()).isEqualTo(302);
        assertThat(blocked.headers()).containsExactly(
                Map.entry("server", "nginx"),
                Map.entry("location", "https://www.tiktok.com/hk/notfound"),
                Map.entry("set-cookie", "a=1"),
                Map.entry("set-cookie", "b=2"));
        assertThat(new String(blocked.body(), StandardCharsets.UTF_8)).isEqualTo("<body>é</body>");
    }

    @Test
    void namesTheFourCapturedKindsShortly() {
        assertThat(BlockedCapture.nameOf("blocked-2022-03-akamai-403-access-denied.http.txt")).isEqualTo("akamai-403");
        assertThat(BlockedCapture.nameOf("blocked-2022-03-451-unavailable-for-legal-reasons.http.txt")).isEqualTo("451");
        assertThat(BlockedCapture.nameOf("blocked-2022-02-302-redirect-to-login.http.txt")).isEqualTo("login");
        assertThat(BlockedCapture.nameOf("blocked-2022-02-302-redirect-region-notfound.http.txt")).isEqualTo("region-notfound");
        assertThat(BlockedCapture.nameOf("blocked-2026-01-captcha-wall.http.txt")).isEqualTo("captcha-wall");
    }

    @Test
    void replaysTheRealCapturedBodyByteForByte() {
        byte[] file = RealCaptures.bytes("blocked-2022-03-akamai-403-access-denied.http.txt");

        BlockedCapture blocked = BlockedCapture.fromCurl("akamai-403", file);

        assertThat(blocked.status()).isEqualTo(403);
        assertThat(new String(blocked.body(), StandardCharsets.ISO_8859_1)).startsWith("<HTML><HEAD>").endsWith("</HTML>\n");
        assertThat(blocked.headers()).contains(Map.entry("server", "AkamaiGHost"));
    }
}
