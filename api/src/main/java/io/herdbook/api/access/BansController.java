package io.herdbook.api.access;

import io.herdbook.api.rest.JsonBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Platform operators suspend an organisation (every key in it) or a person (every key of theirs, in any
 * organisation): such keys are refused with 403 "suspended" and the reason, until the ban is lifted. An operator
 * cannot ban their own organisation or themselves, so a slip never locks the platform's operators out.
 */
@Tag(name = "platform", description = "Plan tiers, limit overrides and bans. Platform admin only.")
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class BansController {

    private final Bans bans;

    BansController(Bans bans) {
        this.bans = bans;
    }

    @Operation(summary = "Ban an organisation: {reason}; every key in it is refused (403 suspended) until lifted",
            description = "Admin scope held by a platform admin. 404 for no such organisation; 409 for your own.")
    @RequiresScope(Scope.PLATFORM)
    @PutMapping(path = "/organisations/{id}/ban", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Bans.BanView banOrganisation(@PathVariable long id, @RequestBody(required = false) String body) {
        if (id == Callers.required().organisationId()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "you cannot ban your own organisation");
        }
        return ban(Bans.Subject.ORGANISATION, id, body);
    }

    @Operation(summary = "Lift an organisation's ban", description = "Admin scope held by a platform admin. 204; 404 for no such organisation.")
    @RequiresScope(Scope.PLATFORM)
    @DeleteMapping("/organisations/{id}/ban")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void liftOrganisation(@PathVariable long id) {
        lift(Bans.Subject.ORGANISATION, id);
    }

    @Operation(summary = "Ban a person: {reason}; every key of theirs, in any organisation, is refused until lifted",
            description = "Admin scope held by a platform admin. 404 for no such person; 409 for yourself.")
    @RequiresScope(Scope.PLATFORM)
    @PutMapping(path = "/users/{id}/ban", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Bans.BanView banUser(@PathVariable long id, @RequestBody(required = false) String body) {
        if (id == Callers.required().userId()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "you cannot ban yourself");
        }
        return ban(Bans.Subject.USER, id, body);
    }

    @Operation(summary = "Lift a person's ban", description = "Admin scope held by a platform admin. 204; 404 for no such person.")
    @RequiresScope(Scope.PLATFORM)
    @DeleteMapping("/users/{id}/ban")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void liftUser(@PathVariable long id) {
        lift(Bans.Subject.USER, id);
    }

    private Bans.BanView ban(Bans.Subject subject, long id, String body) {
        JsonBody json = JsonBody.of(body, Set.of("reason"));
        String reason = json.text("reason", true, 500);
        json.check();
        if (!bans.ban(subject, id, reason)) {
            throw notFound(subject, id);
        }
        return bans.view(subject, id);
    }

    private void lift(Bans.Subject subject, long id) {
        if (!bans.lift(subject, id)) {
            throw notFound(subject, id);
        }
    }

    private static ResponseStatusException notFound(Bans.Subject subject, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + subject.noun() + " " + id);
    }
}
