package io.herdbook.jobs.platform;

import java.time.Instant;

/**
 * One post as the platform describes it.
 *
 * @param id                 the platform's post id, an unsigned 64-bit number kept as its decimal string
 * @param kind               VIDEO or PHOTO, from the payload
 * @param imageCount         number of slides of a photo post; 0 for a video
 * @param canonicalUrl       {@code https://www.tiktok.com/@handle/video|photo/id}, or null when the author is unknown
 * @param authorHandle       the author's unique id (handle without the {@code @}), or null if the payload lacks it
 * @param caption            the post text, possibly empty
 * @param createdAt          {@code createTime}; when absent, or earlier than {@code id >>> 32} (the upload
 *                           start, so impossible), that id time as a lower bound
 * @param createdApproximate true when {@code createdAt} was derived from the id
 * @param stats              the counters, or null when the source carries none (oEmbed) or views, likes, comments or shares are unreadable
 * @param pinned             true when the author pinned it to the top of their list (it breaks newest-first order)
 * @param coverUrl           the cover image the source showed ({@code video.cover}, a photo post's
 *                           {@code imagePost.cover}, oEmbed's {@code thumbnail_url}), or null when it showed none; a
 *                           signed CDN address that expires, so a fresher one replaces it
 */
public record PostData(
        String id,
        PostKind kind,
        int imageCount,
        String canonicalUrl,
        String authorHandle,
        String caption,
        Instant createdAt,
        boolean createdApproximate,
        PostStats stats,
        boolean pinned,
        String coverUrl) {

    /** A post whose source showed no cover. */
    public PostData(String id, PostKind kind, int imageCount, String canonicalUrl, String authorHandle, String caption,
                    Instant createdAt, boolean createdApproximate, PostStats stats, boolean pinned) {
        this(id, kind, imageCount, canonicalUrl, authorHandle, caption, createdAt, createdApproximate, stats, pinned, null);
    }
}
