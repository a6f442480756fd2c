package io.herdbook.api.organisations;

import static io.herdbook.api.organisations.OrganisationHttp.assertProblem;
import static io.herdbook.api.organisations.OrganisationHttp.fieldsNamed;
import static io.herdbook.api.organisations.OrganisationHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.OrganisationHttp.Person;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Organisations, members and invitations as a client uses them, over real HTTP: creating an organisation (and the key
 * that comes with it), reading one, listing members and invitations. Shares {@link PrivilegesApiTest}'s application
 * (same database and clock).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=organisations_api")
@Import(PrivilegesApiTest.Clocks.class)
class OrganisationsApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private OrganisationHttp http;
    private long acme;
    private Person owner;
    private Person member;

    @BeforeEach
    void oneOrganisation() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        PrivilegesApiTest.CLOCK.set(Instant.parse("2026-12-01T09:00:00Z"));
        http = new OrganisationHttp(context, port);
        acme = http.organisation("acme");
        // Starter: three organisations per person, so the people here may make and join a second one.
        jdbc.update("UPDATE organisations SET plan = 'starter' WHERE id = ?", acme);
        owner = http.person(acme, "owner@acme.test", Role.OWNER);
        member = http.person(acme, "member@acme.test", Role.MEMBER, EnumSet.of(Scope.READ, Scope.WRITE));
    }

    @Test
    void aPersonOnTheFreePlanMakesOrJoinsNoSecondOrganisation() throws Exception {
        jdbc.update("UPDATE organisations SET plan = 'free' WHERE id = ?", acme);
        long organisations = jdbc.queryForObject("SELECT count(*) FROM organisations", Long.class);

        HttpResponse<String> created = http.send("POST", "/api/v1/organisations", member.bearer(), "{\"name\": \"Second\", \"slug\": \"second\"}");

        assertProblem(created, 402);
        assertThat(json(created).get("limit").asString()).isEqualTo("organisations_per_user");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisations", Long.class)).isEqualTo(organisations);

        long elsewhere = http.organisation("elsewhere");
        HttpResponse<String> invited = http.send("POST", "/api/v1/organisations/" + elsewhere + "/invitations",
                http.person(elsewhere, "boss@elsewhere.test", Role.OWNER).bearer(), "{\"email\": \"member@acme.test\", \"role\": \"member\"}");
        HttpResponse<String> accepted = http.send("POST", "/api/v1/invitations/accept", null,
                "{\"token\": \"" + json(invited).get("token").asString() + "\"}");
        assertProblem(accepted, 402);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM memberships WHERE user_id = ?", Long.class, member.userId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT accepted_at IS NULL FROM invitations WHERE email = 'member@acme.test'", Boolean.class)).isTrue();
    }

    @Test
    void aNewOrganisationMakesItsCreatorOwnerAndGivesAKeyForItThatWorksThereOnly() throws Exception {
        HttpResponse<String> created = http.send("POST", "/api/v1/organisations", member.bearer(), "{\"name\": \" Side Project \", \"slug\": \"side-project\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode organisation = json(created).get("organisation");
        long id = organisation.get("id").asLong();
        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/organisations/" + id);
        assertThat(organisation.get("slug").asString()).isEqualTo("side-project");
        assertThat(organisation.get("name").asString()).isEqualTo("Side Project");
        assertThat(organisation.get("plan").asString()).isEqualTo("free");
        assertThat(organisation.get("role").asString()).isEqualTo("owner");
        JsonNode key = json(created).get("api_key");
        assertThat(key.get("organisation_id").asLong()).isEqualTo(id);
        List<String> scopes = new ArrayList<>();
        key.get("scopes").forEach(scope -> scopes.add(scope.asString()));
        assertThat(scopes).containsExactly("read", "write");
        String newKey = "Bearer " + key.get("secret").asString();

        HttpResponse<String> read = http.send("GET", "/api/v1/organisations/" + id, newKey, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("role").asString()).isEqualTo("owner");
        assertProblem(http.send("GET", "/api/v1/organisations/" + acme, newKey, null), 404);
        assertProblem(http.send("GET", "/api/v1/organisations/" + id, member.bearer(), null), 404);
        assertThat(jdbc.queryForObject("SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?", String.class, id, member.userId()))
                .isEqualTo("owner");
    }

    @Test
    void aTakenSlugIsA409AndAWrongOneA400() throws Exception {
        assertProblem(http.send("POST", "/api/v1/organisations", owner.bearer(), "{\"name\": \"Again\", \"slug\": \"acme\"}"), 409);
        HttpResponse<String> wrong = http.send("POST", "/api/v1/organisations", owner.bearer(), "{\"name\": \"\", \"slug\": \"Not A Slug\"}");

        assertProblem(wrong, 400);
        assertThat(fieldsNamed(wrong)).containsExactlyInAnyOrder("name", "slug");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisations", Long.class)).isEqualTo(1);
    }

    @Test
    void theOrganisationShowsTheCallersRoleAndItsMembersInTheOrderTheyJoined() throws Exception {
        HttpResponse<String> organisation = http.send("GET", "/api/v1/organisations/" + acme, member.bearer(), null);
        HttpResponse<String> members = http.send("GET", "/api/v1/organisations/" + acme + "/members", member.bearer(), null);

        assertThat(organisation.statusCode()).isEqualTo(200);
        assertThat(json(organisation).get("slug").asString()).isEqualTo("acme");
        assertThat(json(organisation).get("role").asString()).isEqualTo("member");
        assertThat(members.statusCode()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        json(members).get("items").forEach(m -> rows.add(m.get("user_id").asLong() + " " + m.get("email").asString() + " " + m.get("role").asString()));
        assertThat(rows).containsExactly(owner.userId() + " owner@acme.test owner", member.userId() + " member@acme.test member");
        assertThat(json(members).get("items").get(0).get("joined_at").asString()).isNotBlank();
    }

    @Test
    void invitingAMemberIsA409AndAnAcceptedInvitationCannotBeRevoked() throws Exception {
        String invitations = "/api/v1/organisations/" + acme + "/invitations";
        assertProblem(http.send("POST", invitations, owner.bearer(), "{\"email\": \"MEMBER@acme.test\", \"role\": \"admin\"}"), 409);

        HttpResponse<String> invited = http.send("POST", invitations, owner.bearer(), "{\"email\": \"owner@elsewhere.test\", \"role\": \"admin\"}");
        long elsewhere = http.organisation("elsewhere");
        jdbc.update("UPDATE organisations SET plan = 'starter' WHERE id = ?", elsewhere);
        Person existing = http.person(elsewhere, "owner@elsewhere.test", Role.OWNER);
        jdbc.update("UPDATE users SET name = 'Kept' WHERE id = ?", existing.userId());
        HttpResponse<String> accepted = http.send("POST", "/api/v1/invitations/accept", null,
                "{\"token\": \"" + json(invited).get("token").asString() + "\", \"name\": \"Ignored\"}");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(json(accepted).get("user_id").asLong()).isEqualTo(existing.userId());
        assertThat(json(accepted).get("organisation").get("role").asString()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT name FROM users WHERE id = ?", String.class, existing.userId())).isEqualTo("Kept");
        List<String> scopes = new ArrayList<>();
        json(accepted).get("api_key").get("scopes").forEach(scope -> scopes.add(scope.asString()));
        assertThat(scopes).containsExactly("read", "write", "admin");
        assertProblem(http.send("DELETE", invitations + "/" + json(invited).get("id").asLong(), owner.bearer(), null), 409);
        HttpResponse<String> listed = http.send("GET", invitations, owner.bearer(), null);
        assertThat(json(listed).get("items").get(0).get("status").asString()).isEqualTo("accepted");
        assertProblem(http.send("DELETE", invitations + "/999999", owner.bearer(), null), 404);
    }

    @Test
    void acceptingNeedsNoKeyButABodyOfItsOwn() throws Exception {
        HttpResponse<String> noBody = http.send("POST", "/api/v1/invitations/accept", null, "{\"token\": \"hbi_x\", \"role\": \"owner\"}");

        assertProblem(noBody, 400);
        assertThat(fieldsNamed(noBody)).containsExactly("role");
        assertProblem(http.send("POST", "/api/v1/organisations/" + acme + "/invitations", null, "{}"), 401);
    }
}
