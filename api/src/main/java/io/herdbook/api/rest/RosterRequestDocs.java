package io.herdbook.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The bodies of the project and creator-roster endpoints, described for the API document only (see {@link RequestDocs}). */
final class RosterRequestDocs {

    private RosterRequestDocs() {
    }

    @Schema(name = "ProjectRequest", description = "slug defaults to one made from the name; time_zone to UTC")
    record Project(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, @Schema(example = "spring-launch") String slug,
                   @Schema(example = "Europe/Berlin") String timeZone) {
    }

    @Schema(name = "ProjectChange", description = "Any of these")
    record ProjectChange(String name, @Schema(example = "Europe/Berlin") String timeZone) {
    }

    @Schema(name = "CreatorAddition", description = "handle (one) or handles (up to 50), not both; each a handle, @handle or a link")
    record Addition(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId, @Schema(example = "frys_8") String handle,
                    List<String> handles, @Schema(description = "discovery ignores posts before it (new creators only)") Instant trackingStart) {
    }

    @Schema(name = "CreatorIds")
    record Ids(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 50 distinct ids") List<Long> ids) {
    }
}
