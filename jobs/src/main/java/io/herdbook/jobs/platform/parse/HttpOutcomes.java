package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.RawResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies an answer by its HTTP status and headers alone, before any body is read. */
final class HttpOutcomes {

    private static final Pattern LOGIN = Pattern.compile("^(?:https?://[^/]+)?(?:/[a-z]{2})?/login(?:[/?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_FOUND = Pattern.compile("^(?:https?://[^/]+)?(?:/([a-z]{2}))?/notfound(?:[/?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>\\s*([^<]{1,120}?)\\s*</title>", Pattern.CASE_INSENSITIVE);

    private HttpOutcomes() {
    }

    /** A NoData when the status alone decides, or empty for a 2xx answer whose body must be read. */
    static Optional<NoData> classify(RawResponse response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            return Optional.of(redirect(status, response.header("location")));
        }
        String reason = "http " + status + details(response);
        return Optional.of(switch (status) {
            case 401, 403 -> new NoData(Outcome.BLOCKED, reason);
            case 429 -> new NoData(Outcome.BLOCKED, reason + " rate limited");
            case 451 -> new NoData(Outcome.BLOCKED, reason + " unavailable for legal reasons (region/legal block)");
            case 404, 410 -> new NoData(Outcome.NOT_FOUND, reason);
            default -> new NoData(Outcome.FAILED, reason);
        });
    }

    private static NoData redirect(int status, String location) {
        String target = location == null ? "" : location.trim();
        if (LOGIN.matcher(target).matches()) {
            return new NoData(Outcome.BLOCKED, "http " + status + " login wall: redirect to " + target);
        }
        Matcher region = NOT_FOUND.matcher(target);
        if (region.matches()) {
            String cc = region.group(1) == null ? "" : " (" + region.group(1) + ")";
            return new NoData(Outcome.BLOCKED, "http " + status + " region wall" + cc + ": redirect to " + target);
        }
        // The platform source follows ordinary redirects on the platform itself; one that reaches the
        // parser went elsewhere or looped, and is worth a retry.
        return new NoData(Outcome.FAILED, "http " + status + " unexpected redirect to " + (target.isEmpty() ? "(no location)" : target));
    }

    /** Where an ordinary redirect points (neither a login nor a region wall), for the caller to follow. */
    static Optional<String> ordinaryRedirect(RawResponse response) {
        int status = response.status();
        String location = response.header("location");
        if (status < 300 || status > 399 || location == null || location.isBlank()) {
            return Optional.empty();
        }
        String target = location.trim();
        return LOGIN.matcher(target).matches() || NOT_FOUND.matcher(target).matches() ? Optional.empty() : Optional.of(target);
    }

    private static String details(RawResponse response) {
        StringBuilder out = new StringBuilder();
        String server = response.header("server");
        if (server != null && !server.isBlank()) {
            out.append(' ').append(server.trim());
        }
        String cache = response.header("x-cache");
        if (cache != null && cache.contains("TCP_DENIED")) {
            out.append(" TCP_DENIED");
        }
        Matcher title = TITLE.matcher(response.body());
        if (title.find()) {
            out.append(" \"").append(title.group(1)).append('"');
        }
        return out.toString();
    }
}
