package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's projects. Another organisation's project id answers 404 like an unknown one (C18). */
@Tag(name = "projects", description = "Projects group an organisation's creators, goals and payouts. Read or write scope.")
@RestController
@RequestMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProjectsController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final int NAME = 200;

    private final Projects projects;
    private final CallerOrganisation caller;

    ProjectsController(Projects projects, CallerOrganisation caller) {
        this.projects = projects;
        this.caller = caller;
    }

    @Operation(summary = "Make a project: {name, slug?, time_zone?}", description = "Write scope. The slug defaults to one made "
            + "from the name; time_zone (an IANA zone, default UTC) is the zone its periods are whole days in. 402 past the plan's "
            + "projects (limit \"projects\"); 409 for a slug the organisation already has.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<ProjectView> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequestDocs.Project.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, Set.of("name", "slug", "time_zone"));
        String name = json.text("name", true, NAME);
        String slug = json.text("slug", false, 64);
        String zone = zone(json);
        if (slug == null && name != null) {
            slug = slugOf(name);
        }
        if (slug != null && !SLUG.matcher(slug).matches()) {
            json.problem(json.has("slug") ? "slug" : "name", "a slug is 1 to 64 of a-z, 0-9 and '-', not starting or ending with '-'");
        }
        json.check();
        ProjectView made = projects.create(organisation(0), slug, name, zone == null ? "UTC" : zone);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + made.id())).body(made);
    }

    @Operation(summary = "Rename a project or change its zone: {name?, time_zone?}", description = "Write scope.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ProjectView update(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequestDocs.ProjectChange.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, Set.of("name", "time_zone"));
        String name = json.text("name", false, NAME);
        String zone = zone(json);
        json.check();
        return projects.update(organisation(id), id, name, zone).orElseThrow(() -> noSuchProject(id));
    }

    @Operation(summary = "The organisation's projects, oldest first, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public Page<ProjectView> list(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        ProjectCursor after;
        try {
            after = cursor == null ? null : ProjectCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw Limits.badCursor(cursor);
        }
        List<ProjectView> items = projects.page(organisation(0), after, size + 1);
        boolean more = items.size() > size;
        List<ProjectView> page = more ? items.subList(0, size) : items;
        return new Page<>(page, more ? ProjectCursor.after(page.getLast()).token() : null);
    }

    @Operation(summary = "One project", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}")
    public ProjectView project(@PathVariable long id) {
        return projects.find(organisation(id), id).orElseThrow(() -> noSuchProject(id));
    }

    private static String zone(JsonBody json) {
        String zone = json.text("time_zone", false, 64);
        try {
            return zone == null ? null : ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            json.problem("time_zone", "must be an IANA time zone such as Europe/Berlin");
            return null;
        }
    }

    /** A slug from a name: lower case, runs of anything but a-z and 0-9 as one '-'. */
    static String slugOf(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    /** Not the caller's project: the body an unknown id gets. */
    static PayoutRefusedException noSuchProject(long id) {
        return PayoutRefusedException.notFound("no project " + id);
    }

    private long organisation(long id) {
        return caller.id().orElseThrow(() -> noSuchProject(id));
    }
}
