package io.herdbook.jobs.platform;

/** What a post is, read from the payload ({@code imagePost} present means a photo carousel), never from its URL. */
public enum PostKind {
    VIDEO,
    PHOTO;

    /** The path segment the platform uses for this kind in a post URL: {@code video} or {@code photo}. */
    public String pathSegment() {
        return this == PHOTO ? "photo" : "video";
    }
}
