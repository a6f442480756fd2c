package io.herdbook.api.videos;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Post ids and links for tests: an id's upper 32 bits are its upload second, the lower ones a counter. */
final class VideoLinks {

    private static final AtomicLong COUNTER = new AtomicLong(1);

    private VideoLinks() {
    }

    /** A fresh post id uploaded at {@code second}. */
    static String id(Instant second) {
        return Long.toUnsignedString((second.getEpochSecond() << 32) | COUNTER.getAndIncrement());
    }

    static String video(String handle, String id) {
        return "https://www.tiktok.com/@" + handle + "/video/" + id;
    }

    static String photo(String handle, String id) {
        return "https://www.tiktok.com/@" + handle + "/photo/" + id;
    }
}
