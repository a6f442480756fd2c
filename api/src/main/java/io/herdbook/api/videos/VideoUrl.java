package io.herdbook.api.videos;

import io.herdbook.jobs.platform.Handles;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.parse.PostUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A post link as the API accepts it: {@code https://www.tiktok.com/@handle/video/<id>} or {@code …/photo/<id>}, on
 * {@code www.tiktok.com}, {@code m.tiktok.com} or {@code tiktok.com}, with any query string (share links carry ids and a
 * share time that are ignored: the post id comes from the path, as {@link PostUrls} reads it).
 *
 * @param handle    the author's handle, lower case, without {@code @}
 * @param kind      VIDEO or PHOTO, by the path
 * @param postId    the platform's post id from the path
 * @param postedAt  {@code id >>> 32}: the upload start, a lower bound of the post time (stored as approximate until a
 *                  page gives the exact {@code createTime})
 */
record VideoUrl(String handle, PostKind kind, String postId, Instant postedAt) {

    /** A post id carries its upload time; one from before the platform's ids began (0, small numbers) names no post. */
    private static final Instant EARLIEST = Instant.parse("2014-01-01T00:00:00Z");
    private static final Set<String> HOSTS = Set.of("www.tiktok.com", "m.tiktok.com", "tiktok.com");

    /** The link read, or empty when it is not a TikTok post link. */
    static Optional<VideoUrl> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || !HOSTS.contains(host) || uri.getUserInfo() != null || uri.getPort() != -1) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return PostUrls.parse(text).filter(ref -> !ref.createdLowerBound().isBefore(EARLIEST)).flatMap(ref -> Handles.fromInput(ref.handle())
                .map(handle -> new VideoUrl(handle, ref.pathKind(), ref.postId(), ref.createdLowerBound())));
    }

    /** The canonical link stored with the post. */
    String canonical() {
        return PostUrls.canonical(handle, kind, postId);
    }
}
