package io.herdbook.api.videos;

import java.util.List;

/** The answer of a bulk add: one item per link, in the order sent. */
record BulkAdded(List<Item> items) {

    /** @param status 201 when the post was added, 200 when it was already known (returned as it is) */
    record Item(String url, int status, VideoView video) {
    }
}
