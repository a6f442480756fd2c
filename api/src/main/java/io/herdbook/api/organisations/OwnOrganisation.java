package io.herdbook.api.organisations;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;

/** The one organisation a request may name: its key's. */
final class OwnOrganisation {

    private OwnOrganisation() {
    }

    /**
     * The caller, when {@code organisationId} is their key's organisation.
     *
     * @throws OrganisationProblem 404 for any other id, the same body whether it exists or not (C18)
     */
    static Caller caller(long organisationId) {
        Caller caller = Callers.required();
        if (caller.organisationId() != organisationId) {
            throw OrganisationProblem.notFound("organisation");
        }
        return caller;
    }
}
