package io.herdbook.api.videos;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The video request bodies, for the API document only: the handlers read them field by field (JsonBody), strictly. */
final class VideoRequests {

    private VideoRequests() {
    }

    @Schema(name = "VideoAdd", description = "project_id and either url (one link; 201) or urls (1 to 50 links; 200 with an item per link)")
    record Add(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
               @Schema(example = "https://www.tiktok.com/@frys_8/video/7600000000000000001") String url, List<String> urls) {
    }

    @Schema(name = "VideoTracking")
    record Tracking(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"TRACKED", "EXCLUDED"}) String tracking) {
    }

    @Schema(name = "VideoBulkTracking", description = "1 to 50 distinct video ids; any id not yours: 404 listing them, nothing changed")
    record BulkTracking(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"TRACKED", "EXCLUDED"}) String tracking) {
    }

    @Schema(name = "VideoIds", description = "1 to 50 distinct video ids")
    record Ids(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> ids) {
    }

    @Schema(name = "InboxSetting")
    record InboxSetting(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "true: posts discovery finds land PENDING in the project's inbox; false: TRACKED at once") boolean reviewDiscovered) {
    }
}
