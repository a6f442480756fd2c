package io.herdbook.api.organisations;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.access.Unauthenticated;
import io.herdbook.api.organisations.Views.InvitationView;
import io.herdbook.api.organisations.Views.Joined;
import io.herdbook.api.organisations.Views.NewInvitation;
import io.herdbook.api.rest.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations into the caller's organisation, and accepting one (the only call made without an API key). */
@Tag(name = "organisations")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class InvitationsController {

    private final Invitations invitations;

    InvitationsController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invite an e-mail address as admin or member: 201 with a one-time token",
            description = "Admin scope. Body: email, role (admin or member; owner is granted by an owner to a member). The token is "
                    + "shown once, works once, and expires after 7 days. 409 when the person is a member already.")
    @RequiresScope(Scope.ADMIN)
    @PostMapping(path = "/organisations/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<NewInvitation> invite(@PathVariable long id, @RequestBody(required = false) String body) {
        Caller caller = OwnOrganisation.caller(id);
        StrictBody json = StrictBody.of(body, Set.of("email", "role"));
        String email = json.email("email");
        Role role = json.role("role", EnumSet.of(Role.ADMIN, Role.MEMBER));
        json.check();
        NewInvitation invitation = invitations.invite(caller, email, role);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/invitations/" + invitation.id())).body(invitation);
    }

    @Operation(summary = "The organisation's invitations, newest first, with their status; never their tokens",
            description = "Admin scope. One page: next is null.")
    @RequiresScope(Scope.ADMIN)
    @GetMapping("/organisations/{id}/invitations")
    public Page<InvitationView> list(@PathVariable long id) {
        return new Page<>(invitations.list(OwnOrganisation.caller(id).organisationId()), null);
    }

    @Operation(summary = "Revoke a pending invitation: 204", description = "Admin scope. 409 for an accepted one.")
    @RequiresScope(Scope.ADMIN)
    @DeleteMapping("/organisations/{id}/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable long id, @PathVariable long invitationId) {
        invitations.revoke(OwnOrganisation.caller(id).organisationId(), invitationId);
    }

    @Operation(summary = "Accept an invitation: 201 with the organisation and a new API key (shown once)",
            description = "No API key: the token is the secret. Body: token, name (optional: the person's name if they are new). "
                    + "The person is made from the invitation's e-mail address if new and joins with the invited role; the key "
                    + "holds that role's scopes. An unknown, expired, revoked or used token is a 404, the same for all four.")
    @Unauthenticated
    @PostMapping(path = "/invitations/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Joined> accept(@RequestBody(required = false) String body) {
        StrictBody json = StrictBody.of(body, Set.of("token", "name"));
        String token = json.text("token", true, 200);
        String name = json.text("name", false, 200);
        json.check();
        Joined joined = invitations.accept(token, name);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + joined.organisation().id())).body(joined);
    }
}
