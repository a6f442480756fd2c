package io.herdbook.api.organisations;

import static io.herdbook.api.organisations.OrganisationHttp.assertProblem;
import static io.herdbook.api.organisations.OrganisationHttp.fieldsNamed;
import static io.herdbook.api.organisations.OrganisationHttp.json;
import static io.herdbook.api.organisations.OrganisationHttp.withoutInstance;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.OrganisationHttp.Person;
import io.herdbook.jobs.testing.SettableClock;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privilege rules of organisations, over real HTTP on loopback with real keys: what a member, an admin and an
 * owner of organisation A can and cannot do to A and to organisation B. Each refused request is also checked to have
 * changed nothing in the database. The application's clock is set by the test (invitations expire after 7 days).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=organisations_api")
@Import(PrivilegesApiTest.Clocks.class)
class PrivilegesApiTest {

    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private OrganisationHttp http;
    private long acme;
    private long rival;
    private Person owner;
    private Person admin;
    private Person member;
    private Person rivalOwner;

    @BeforeEach
    void twoOrganisations() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        CLOCK.set(Instant.parse("2026-12-01T09:00:00Z"));
        http = new OrganisationHttp(context, port);
        acme = http.organisation("acme");
        rival = http.organisation("rival");
        owner = http.person(acme, "owner@acme.test", Role.OWNER);
        admin = http.person(acme, "admin@acme.test", Role.ADMIN);
        member = http.person(acme, "member@acme.test", Role.MEMBER);
        rivalOwner = http.person(rival, "owner@rival.test", Role.OWNER);
    }

    private String role(long organisationId, long userId) {
        return jdbc.queryForList("SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?", String.class, organisationId, userId)
                .stream().findFirst().orElse(null);
    }

    private HttpResponse<String> patchRole(Person caller, long organisationId, long userId, String role) throws Exception {
        return http.send("PATCH", "/api/v1/organisations/" + organisationId + "/members/" + userId, caller.bearer(), "{\"role\": \"" + role + "\"}");
    }

    @Test
    void aMemberCannotRaiseItsOwnRoleEvenWithAKeyIssuedWithAdminScope() throws Exception {
        Person staleKey = http.person(acme, "member@acme.test", Role.MEMBER, EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN));

        assertProblem(patchRole(member, acme, member.userId(), "admin"), 403);
        assertProblem(patchRole(staleKey, acme, member.userId(), "owner"), 403);

        assertThat(role(acme, member.userId())).isEqualTo("member");
    }

    @Test
    void nobodyChangesTheirOwnRoleNotEvenAnOwnerBesideAnotherOwner() throws Exception {
        http.person(acme, "second-owner@acme.test", Role.OWNER);

        HttpResponse<String> response = patchRole(owner, acme, owner.userId(), "admin");

        assertProblem(response, 403);
        assertThat(json(response).get("detail").asString()).contains("own role");
        assertThat(role(acme, owner.userId())).isEqualTo("owner");
    }

    @Test
    void anAdminCannotMakeItselfOwnerButAnOwnerCanMakeItOne() throws Exception {
        assertProblem(patchRole(admin, acme, admin.userId(), "owner"), 403);
        assertThat(role(acme, admin.userId())).isEqualTo("admin");

        HttpResponse<String> granted = patchRole(owner, acme, admin.userId(), "owner");

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(json(granted).get("role").asString()).isEqualTo("owner");
        assertThat(role(acme, admin.userId())).isEqualTo("owner");
    }

    @Test
    void onlyAnOwnerGrantsTakesAwayOrRemovesOwner() throws Exception {
        assertProblem(patchRole(admin, acme, member.userId(), "owner"), 403);
        assertProblem(patchRole(admin, acme, owner.userId(), "member"), 403);
        assertProblem(http.send("DELETE", "/api/v1/organisations/" + acme + "/members/" + owner.userId(), admin.bearer(), null), 403);

        assertThat(role(acme, member.userId())).isEqualTo("member");
        assertThat(role(acme, owner.userId())).isEqualTo("owner");
        HttpResponse<String> adminsMayRaiseAMemberToAdmin = patchRole(admin, acme, member.userId(), "admin");
        assertThat(adminsMayRaiseAMemberToAdmin.statusCode()).as(adminsMayRaiseAMemberToAdmin.body()).isEqualTo(200);
    }

    @Test
    void theLastOwnerCannotLeaveButOneOfTwoOwnersCan() throws Exception {
        assertProblem(http.send("DELETE", "/api/v1/organisations/" + acme + "/members/" + owner.userId(), owner.bearer(), null), 409);
        assertThat(role(acme, owner.userId())).isEqualTo("owner");

        Person second = http.person(acme, "second-owner@acme.test", Role.OWNER);
        HttpResponse<String> left = http.send("DELETE", "/api/v1/organisations/" + acme + "/members/" + owner.userId(), owner.bearer(), null);

        assertThat(left.statusCode()).as(left.body()).isEqualTo(204);
        assertThat(role(acme, owner.userId())).isNull();
        assertProblem(http.send("DELETE", "/api/v1/organisations/" + acme + "/members/" + second.userId(), second.bearer(), null), 409);
        assertThat(role(acme, second.userId())).isEqualTo("owner");
    }

    @Test
    void twoOwnersLeavingAtTheSameMomentLeaveOneOwnerBehind() throws Exception {
        for (int round = 0; round < 10; round++) {
            long organisation = http.organisation("race-" + round);
            Person first = http.person(organisation, "first@race.test", Role.OWNER);
            Person second = http.person(organisation, "second@race.test", Role.OWNER);

            java.util.concurrent.CompletableFuture<HttpResponse<String>> leaving = http.sendAsync("DELETE",
                    "/api/v1/organisations/" + organisation + "/members/" + first.userId(), first.bearer());
            java.util.concurrent.CompletableFuture<HttpResponse<String>> alsoLeaving = http.sendAsync("DELETE",
                    "/api/v1/organisations/" + organisation + "/members/" + second.userId(), second.bearer());

            assertThat(java.util.List.of(leaving.get().statusCode(), alsoLeaving.get().statusCode())).containsExactlyInAnyOrder(204, 409);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM memberships WHERE organisation_id = ? AND role = 'owner'", Long.class,
                    organisation)).isEqualTo(1);
        }
    }

    @Test
    void aKeyCannotReachIntoAnotherOrganisationAndGetsTheAnswerOfAnUnknownId() throws Exception {
        String unknown = "/api/v1/organisations/" + (rival + 1000);
        String theirs = "/api/v1/organisations/" + rival;
        String invite = "{\"email\": \"admin@acme.test\", \"role\": \"admin\"}";

        HttpResponse<String> inviteTheirs = http.send("POST", theirs + "/invitations", admin.bearer(), invite);
        HttpResponse<String> inviteUnknown = http.send("POST", unknown + "/invitations", admin.bearer(), invite);
        HttpResponse<String> joinTheirs = patchRole(admin, rival, admin.userId(), "owner");
        HttpResponse<String> demoteTheirOwner = patchRole(admin, rival, rivalOwner.userId(), "member");
        HttpResponse<String> removeTheirOwner = http.send("DELETE", theirs + "/members/" + rivalOwner.userId(), owner.bearer(), null);
        HttpResponse<String> readTheirs = http.send("GET", theirs, member.bearer(), null);
        HttpResponse<String> readUnknown = http.send("GET", unknown, member.bearer(), null);

        for (HttpResponse<String> response : java.util.List.of(inviteTheirs, inviteUnknown, joinTheirs, demoteTheirOwner, removeTheirOwner,
                readTheirs, readUnknown)) {
            assertProblem(response, 404);
            assertThat(withoutInstance(response)).isEqualTo(withoutInstance(readUnknown));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitations", Long.class)).isZero();
        assertThat(role(rival, admin.userId())).isNull();
        assertThat(role(rival, rivalOwner.userId())).isEqualTo("owner");
    }

    @Test
    void aBodyCarryingFieldsTheRequestDoesNotTakeIsA400NamingThem() throws Exception {
        HttpResponse<String> invitation = http.send("POST", "/api/v1/organisations/" + acme + "/invitations", admin.bearer(),
                "{\"email\": \"new@acme.test\", \"role\": \"member\", \"organisation_id\": " + rival + "}");
        HttpResponse<String> ownerInvitation = http.send("POST", "/api/v1/organisations/" + acme + "/invitations", admin.bearer(),
                "{\"email\": \"new@acme.test\", \"role\": \"owner\"}");
        HttpResponse<String> change = http.send("PATCH", "/api/v1/organisations/" + acme + "/members/" + member.userId(), admin.bearer(),
                "{\"role\": \"admin\", \"user_id\": " + admin.userId() + "}");
        HttpResponse<String> organisation = http.send("POST", "/api/v1/organisations", member.bearer(),
                "{\"name\": \"Mine\", \"slug\": \"mine\", \"role\": \"owner\", \"plan\": \"ultra\"}");

        assertProblem(invitation, 400);
        assertThat(fieldsNamed(invitation)).containsExactly("organisation_id");
        assertProblem(ownerInvitation, 400);
        assertThat(fieldsNamed(ownerInvitation)).containsExactly("role");
        assertProblem(change, 400);
        assertThat(fieldsNamed(change)).containsExactly("user_id");
        assertProblem(organisation, 400);
        assertThat(fieldsNamed(organisation)).containsExactlyInAnyOrder("role", "plan");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitations", Long.class)).isZero();
        assertThat(role(acme, member.userId())).isEqualTo("member");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisations", Long.class)).isEqualTo(2);
    }

    @Test
    void removingAMemberMakesItsKeyAnswer401() throws Exception {
        assertThat(http.send("GET", "/api/v1/organisations/" + acme, member.bearer(), null).statusCode()).isEqualTo(200);

        HttpResponse<String> removed = http.send("DELETE", "/api/v1/organisations/" + acme + "/members/" + member.userId(), admin.bearer(), null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertProblem(http.send("GET", "/api/v1/organisations/" + acme, member.bearer(), null), 401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE user_id = ?", Long.class, member.userId())).isZero();
    }

    @Test
    void anAdminDemotedToMemberLosesAdminScopeOnTheKeyItAlreadyHolds() throws Exception {
        String invitations = "/api/v1/organisations/" + acme + "/invitations";
        assertThat(http.send("GET", invitations, admin.bearer(), null).statusCode()).isEqualTo(200);

        assertThat(patchRole(owner, acme, admin.userId(), "member").statusCode()).isEqualTo(200);

        assertProblem(http.send("GET", invitations, admin.bearer(), null), 403);
        HttpResponse<String> stillReads = http.send("GET", "/api/v1/organisations/" + acme, admin.bearer(), null);
        assertThat(stillReads.statusCode()).isEqualTo(200);
        assertThat(json(stillReads).get("role").asString()).isEqualTo("member");
    }

    @Test
    void anAcceptedInvitationGivesAKeyThatWorksInThatOrganisationOnlyAndOnlyOnce() throws Exception {
        HttpResponse<String> invited = http.send("POST", "/api/v1/organisations/" + acme + "/invitations", admin.bearer(),
                "{\"email\": \"New.Person@Example.test\", \"role\": \"member\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String token = json(invited).get("token").asString();
        assertThat(token).startsWith("hbi_");
        HttpResponse<String> listed = http.send("GET", "/api/v1/organisations/" + acme + "/invitations", admin.bearer(), null);
        assertThat(listed.body()).doesNotContain(token).contains("new.person@example.test").contains("pending");

        HttpResponse<String> accepted = http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"" + token + "\", \"name\": \"New\"}");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String key = "Bearer " + json(accepted).get("api_key").get("secret").asString();
        long userId = json(accepted).get("user_id").asLong();
        assertThat(role(acme, userId)).isEqualTo("member");
        assertThat(jdbc.queryForObject("SELECT name FROM users WHERE id = ?", String.class, userId)).isEqualTo("New");
        HttpResponse<String> ownOrganisation = http.send("GET", "/api/v1/organisations/" + acme, key, null);
        assertThat(ownOrganisation.statusCode()).isEqualTo(200);
        assertThat(json(ownOrganisation).get("role").asString()).isEqualTo("member");
        assertProblem(http.send("GET", "/api/v1/organisations/" + rival, key, null), 404);
        assertProblem(http.send("GET", "/api/v1/organisations/" + acme + "/invitations", key, null), 403);

        HttpResponse<String> again = http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"" + token + "\"}");
        HttpResponse<String> unknown = http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"hbi_not-a-token\"}");
        assertProblem(again, 404);
        assertThat(json(again)).isEqualTo(json(unknown));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE user_id = ?", Long.class, userId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'POST /api/v1/invitations/accept' AND user_id = ? "
                + "AND organisation_id = ? AND resource_id = ?", Long.class, userId, acme, Long.toString(userId))).isEqualTo(1);
    }

    @Test
    void anExpiredOrRevokedInvitationIsAnUnknownOne() throws Exception {
        String beforeExpiry = invite("early@example.test");
        String afterExpiry = invite("late@example.test");
        String revoked = invite("revoked@example.test");
        long revokedId = jdbc.queryForObject("SELECT id FROM invitations WHERE email = 'revoked@example.test'", Long.class);
        assertThat(http.send("DELETE", "/api/v1/organisations/" + acme + "/invitations/" + revokedId, admin.bearer(), null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> unknown = http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"hbi_not-a-token\"}");
        HttpResponse<String> revokedAnswer = accept(revoked);

        CLOCK.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(accept(beforeExpiry).statusCode()).isEqualTo(201);
        CLOCK.advance(Duration.ofMinutes(2));
        HttpResponse<String> expired = accept(afterExpiry);

        assertProblem(revokedAnswer, 404);
        assertThat(json(revokedAnswer)).isEqualTo(json(unknown));
        assertProblem(expired, 404);
        assertThat(json(expired)).isEqualTo(json(unknown));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email IN ('late@example.test', 'revoked@example.test')", Long.class))
                .isZero();
    }

    private String invite(String email) throws Exception {
        HttpResponse<String> invited = http.send("POST", "/api/v1/organisations/" + acme + "/invitations", admin.bearer(),
                "{\"email\": \"" + email + "\", \"role\": \"admin\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        return json(invited).get("token").asString();
    }

    private HttpResponse<String> accept(String token) throws Exception {
        return http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"" + token + "\"}");
    }
}
