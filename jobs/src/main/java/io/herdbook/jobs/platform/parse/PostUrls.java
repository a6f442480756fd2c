package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.PostKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads post links such as {@code https://www.tiktok.com/@handle/photo/<id>?mid=…&timestamp=…}. The id
 * comes from the path only: share links carry other 19-digit numbers ({@code mid}, {@code user_id},
 * {@code share_item_id}) and a {@code timestamp} that is the share time, and all of them are ignored.
 */
public final class PostUrls {

    private static final Pattern PATH = Pattern.compile("^/@([^/]+)/(video|photo)/(\\d{1,20})/?$");

    private PostUrls() {
    }

    /**
     * A post reference read from a link.
     *
     * @param handle   the author's handle from the path, without the {@code @}
     * @param pathKind the kind the path names; a hint only, the payload decides the real kind
     * @param postId   the post id from the path
     */
    public record PostRef(String handle, PostKind pathKind, String postId) {

        /** The earliest the post can have been created: {@code id >>> 32} as Unix seconds. */
        public Instant createdLowerBound() {
            return PostIds.createdLowerBound(postId);
        }

        /** The canonical URL, {@code https://www.tiktok.com/@handle/video|photo/id}. */
        public String canonicalUrl() {
            return PostUrls.canonical(handle, pathKind, postId);
        }
    }

    /** The post a link points to, or empty when it is not a post link with a valid id. */
    public static Optional<PostRef> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String path = new URI(url.trim()).getPath();
            Matcher m = path == null ? null : PATH.matcher(path);
            if (m == null || !m.matches() || !PostIds.isValid(m.group(3))) {
                return Optional.empty();
            }
            PostKind kind = "photo".equals(m.group(2)) ? PostKind.PHOTO : PostKind.VIDEO;
            return Optional.of(new PostRef(m.group(1), kind, m.group(3)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code https://www.tiktok.com/@handle/<video|photo>/<id>}, or null when the handle is unknown. */
    public static String canonical(String handle, PostKind kind, String postId) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        return "https://www.tiktok.com/@" + handle + "/" + kind.pathSegment() + "/" + postId;
    }
}
