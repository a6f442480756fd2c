package io.herdbook.api.organisations;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.Views.MemberView;
import io.herdbook.api.rest.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members of the caller's organisation and their roles ({@link MemberCommands} holds the rules). */
@Tag(name = "organisations")
@RestController
@RequestMapping(path = "/api/v1/organisations/{id}/members", produces = MediaType.APPLICATION_JSON_VALUE)
public class MembersController {

    private final MemberCommands members;

    MembersController(MemberCommands members) {
        this.members = members;
    }

    @Operation(summary = "The organisation's members in the order they joined", description = "Read scope. One page: next is null.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public Page<MemberView> list(@PathVariable long id) {
        return new Page<>(members.list(OwnOrganisation.caller(id).organisationId()), null);
    }

    @Operation(summary = "Change a member's role: owner, admin or member",
            description = "Admin scope. Body: role. Nobody changes their own role (403); only an owner grants or takes away owner "
                    + "(403); the last owner is not demoted (409).")
    @RequiresScope(Scope.ADMIN)
    @PatchMapping(path = "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public MemberView changeRole(@PathVariable long id, @PathVariable long userId, @RequestBody(required = false) String body) {
        Caller caller = OwnOrganisation.caller(id);
        StrictBody json = StrictBody.of(body, Set.of("role"));
        Role role = json.role("role", EnumSet.allOf(Role.class));
        json.check();
        return members.changeRole(caller, userId, role);
    }

    @Operation(summary = "Remove a member: 204; their keys in this organisation stop working at once",
            description = "Admin scope. Only an owner removes an owner (403); the last owner is not removed (409). A person may "
                    + "remove themselves.")
    @RequiresScope(Scope.ADMIN)
    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable long id, @PathVariable long userId) {
        members.remove(OwnOrganisation.caller(id), userId);
    }
}
