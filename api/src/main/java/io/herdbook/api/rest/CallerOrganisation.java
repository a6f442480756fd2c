package io.herdbook.api.rest;

import io.herdbook.jobs.tracking.TenantStore;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organisation a request is served for: the one {@code herdbook.api.organisation} names, until API
 * keys carry it (issue 5). Empty when that organisation does not exist yet, so every id is unknown.
 */
@Component
class CallerOrganisation {

    private final TenantStore tenants;
    private final ApiProperties properties;

    CallerOrganisation(TenantStore tenants, ApiProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    Optional<Long> id() {
        return tenants.organisation(properties.organisation());
    }
}
