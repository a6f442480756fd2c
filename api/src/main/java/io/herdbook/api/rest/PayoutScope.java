package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.OwnedRows;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The caller's organisation and what it owns, for the payout endpoints: a project or creator of another
 * organisation (or none at all) is a 404 that says no more than that it does not exist.
 */
@Component
class PayoutScope {

    private final CallerOrganisation caller;
    private final OwnedRows owned;

    PayoutScope(CallerOrganisation caller, OwnedRows owned) {
        this.caller = caller;
        this.owned = owned;
    }

    /** The caller's organisation; while it does not exist, every id is unknown. */
    long organisation(String unknown) {
        return caller.id().orElseThrow(() -> PayoutRefusedException.notFound(unknown));
    }

    Project project(long id) {
        long organisation = organisation("no project " + id);
        ZoneId zone = owned.projectZone(organisation, id).orElseThrow(() -> PayoutRefusedException.notFound("no project " + id));
        return new Project(organisation, id, zone);
    }

    Creator creator(long id) {
        long organisation = organisation("no creator " + id);
        long project = owned.creatorProject(organisation, id).orElseThrow(() -> PayoutRefusedException.notFound("no creator " + id));
        return new Creator(organisation, id, project);
    }

    OwnedRows owned() {
        return owned;
    }

    record Project(long organisation, long id, ZoneId zone) {
    }

    record Creator(long organisation, long id, long projectId) {
    }
}
