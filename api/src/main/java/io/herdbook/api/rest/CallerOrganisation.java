package io.herdbook.api.rest;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organisation a request is served for: the one its API key belongs to. Every query a handler makes is
 * scoped by it, so another organisation's ids are unknown ids (404, C18).
 */
@Component
class CallerOrganisation {

    Optional<Long> id() {
        return Callers.current().map(Caller::organisationId);
    }
}
