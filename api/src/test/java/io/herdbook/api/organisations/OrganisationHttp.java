package io.herdbook.api.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.access.Memberships;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.tracking.TenantStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: people with a role and a key in an organisation, issued through the application's own {@link ApiKeys}
 * and {@link Memberships}, and real HTTP calls with those keys.
 */
final class OrganisationHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ApplicationContext context;
    private final int port;

    OrganisationHttp(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    long organisation(String slug) {
        return context.getBean(TenantStore.class).ensureOrganisation(slug, slug);
    }

    /** A person with {@code role} in the organisation (made if new) and a new key of {@code scopes}, as a header value. */
    Person person(long organisationId, String email, Role role, Set<Scope> scopes) {
        Memberships memberships = context.getBean(Memberships.class);
        long userId = memberships.ensureUser(email);
        memberships.join(organisationId, userId, role);
        String secret = context.getBean(ApiKeys.class).issue(organisationId, userId, "test", scopes).secret();
        return new Person(userId, "Bearer " + secret);
    }

    Person person(long organisationId, String email, Role role) {
        return person(organisationId, email, role, role.ceiling());
    }

    /** Someone who can call the API: their user id and the Authorization header value of one of their keys. */
    record Person(long userId, String bearer) {
    }

    HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request without a body, sent without waiting for the answer. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", bearer)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    /** A problem's body without {@code instance} (the path asked for), to compare two answers as C18 wants. */
    static JsonNode withoutInstance(HttpResponse<String> response) {
        ObjectNode body = (ObjectNode) json(response);
        body.remove("instance");
        return body;
    }

    /** The fields a 400 names in its {@code errors}. */
    static java.util.List<String> fieldsNamed(HttpResponse<String> response) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
