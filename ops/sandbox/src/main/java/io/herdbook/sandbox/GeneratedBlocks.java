package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the four captured edge refusals, used when no capture folder exists. They keep the
 * features a client detects them by (status, {@code server}/{@code x-cache}, {@code Location}, title),
 * not the captured cookies or ids.
 */
final class GeneratedBlocks {

    private GeneratedBlocks() {
    }

    static Map<String, BlockedCapture> all() {
        Map<String, BlockedCapture> blocks = new LinkedHashMap<>();
        blocks.put("akamai-403", akamai403());
        blocks.put("451", legal451());
        blocks.put("login", redirect("login",
                "https://www.tiktok.com/login?redirect_url=https%3A%2F%2Fwww.tiktok.com%2Fforyou&lang=en&enter_method=mandatory"));
        blocks.put("region-notfound", redirect("region-notfound", "https://www.tiktok.com/hk/notfound"));
        return blocks;
    }

    private static BlockedCapture akamai403() {
        String body = """
                <HTML><HEAD>
                <TITLE>Access Denied</TITLE>
                </HEAD><BODY>
                <H1>Access Denied</H1>
                \s
                You don't have permission to access "http&#58;&#47;&#47;www&#46;tiktok&#46;com&#47;" on this server.<P>
                Reference&#32;&#35;18&#46;0&#46;0&#46;sandbox
                </BODY>
                </HTML>
                """;
        return new BlockedCapture("akamai-403", 403, List.of(
                Map.entry("server", "AkamaiGHost"),
                Map.entry("mime-version", "1.0"),
                Map.entry("content-type", "text/html"),
                Map.entry("cache-control", "max-age=0, no-cache, no-store"),
                Map.entry("x-cache", "TCP_DENIED from sandbox.deploy.akamaitechnologies.com (AkamaiGHost/10.7.3) (-)")),
                bytes(body));
    }

    private static BlockedCapture legal451() {
        return new BlockedCapture("451", 451, List.of(
                Map.entry("content-type", "text/html"),
                Map.entry("cache-control", "max-age=0, no-cache, no-store"),
                Map.entry("x-cache", "TCP_MISS from sandbox.deploy.akamaitechnologies.com (AkamaiGHost/10.7.2) (-)")),
                bytes("Unavailable For Legal Reasons"));
    }

    private static BlockedCapture redirect(String name, String location) {
        return new BlockedCapture(name, 302, List.of(
                Map.entry("server", "nginx"),
                Map.entry("content-type", "text/html; charset=utf-8"),
                Map.entry("location", location),
                Map.entry("cache-control", "max-age=0, no-cache, no-store")),
                bytes("<a href=\"" + location.replace("&", "&amp;") + "\">Found</a>.\n\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
