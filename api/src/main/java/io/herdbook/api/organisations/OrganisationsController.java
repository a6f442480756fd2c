package io.herdbook.api.organisations;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.Views.CreatedOrganisation;
import io.herdbook.api.organisations.Views.OrganisationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organisation: the caller's own, and new ones (the caller their owner). */
@Tag(name = "organisations", description = "The caller's organisation, new organisations, members and invitations.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class OrganisationsController {

    /** Lower-case letters, digits and inner hyphens, as URLs and the CLI show a slug. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final OrganisationDirectory organisations;
    private final ApiKeys keys;

    OrganisationsController(OrganisationDirectory organisations, ApiKeys keys) {
        this.organisations = organisations;
        this.keys = keys;
    }

    @Operation(summary = "The caller's organisation, with the caller's role in it",
            description = "Read scope. Any id but the caller's key's organisation is a 404.")
    @RequiresScope(Scope.READ)
    @GetMapping("/organisations/{id}")
    public OrganisationView organisation(@PathVariable long id) {
        Caller caller = OwnOrganisation.caller(id);
        return organisations.asSeenBy(id, caller.userId()).orElseThrow(() -> OrganisationProblem.notFound("organisation"));
    }

    @Operation(summary = "Create an organisation: 201 with it and a new key for the caller in it",
            description = "Write scope. Body: name, slug (lower-case letters, digits, hyphens; 409 when taken). The caller becomes "
                    + "its owner; a key belongs to one organisation, so the answer carries a new one (its secret shown once) with "
                    + "the calling key's scopes, cut to an owner's.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/organisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CreatedOrganisation> create(@RequestBody(required = false) String body) {
        StrictBody json = StrictBody.of(body, Set.of("name", "slug"));
        String name = json.text("name", true, 200);
        String slug = json.matching("slug", 63, SLUG, "lower-case letters, digits and hyphens, not starting or ending with one");
        json.check();
        Caller caller = Callers.required();
        CreatedOrganisation created = organisations.create(caller.userId(), name, slug, scopesFor(caller));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.organisation().id())).body(created);
    }

    /** The calling key's own scopes (as issued, not as cut by the caller's role here), cut to an owner's ceiling. */
    private Set<Scope> scopesFor(Caller caller) {
        Set<Scope> scopes = EnumSet.copyOf(keys.find(caller.organisationId(), caller.keyId()).orElseThrow().scopes());
        scopes.retainAll(Role.OWNER.ceiling());
        return scopes;
    }
}
