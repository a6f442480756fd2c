package io.herdbook.api.rest;

import java.time.Instant;

/** A project as the API shows it; {@code time_zone} is the zone its goal and export periods are whole days in. */
public record ProjectView(long id, String slug, String name, String timeZone, Instant createdAt) {
}
