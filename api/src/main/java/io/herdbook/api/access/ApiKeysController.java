package io.herdbook.api.access;

import io.herdbook.api.rest.JsonBody;
import io.herdbook.api.rest.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller's organisation's API keys. A caller issues keys to itself, never with a scope its own key does not
 * hold; it sees and revokes its own keys, and with {@code admin} everyone's in the organisation. A key it may not
 * see answers 404 like one that does not exist.
 */
@Tag(name = "api-keys", description = "Issue, list (never the secret) and revoke API keys.")
@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiKeysController {

    private static final Set<String> FIELDS = Set.of("name", "scopes");
    private static final int MAX_LIMIT = 200;

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "Issue a key to yourself: {name, scopes: [read|write|admin…]}; the secret is in this answer only",
            description = "Write scope. 403 for a scope your own key does not hold; 400 naming any other field (the holder and "
                    + "organisation are always the caller's).")
    @RequiresScope(Scope.WRITE)
    @PostMapping
    public ResponseEntity<KeyView> issue(@RequestBody(required = false) String body) {
        Caller caller = Callers.required();
        JsonBody json = JsonBody.of(body, FIELDS);
        String name = json.text("name", true, 100);
        List<String> words = json.texts("scopes", true, 3, 16);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (words != null) {
            for (String word : words) {
                Scope.ofKeyWord(word).ifPresentOrElse(scopes::add, () -> json.problem("scopes", "'" + shorten(word) + "' is not a scope: read, write, admin"));
            }
        }
        json.check();
        List<String> beyond = scopes.stream().filter(scope -> !caller.scopes().contains(scope)).map(Scope::word).toList();
        if (!beyond.isEmpty()) {
            throw new AccessDeniedProblem("a key cannot be given a scope its issuer's key does not hold: " + String.join(", ", beyond), null);
        }
        IssuedKey key = keys.issue(caller.organisationId(), caller.userId(), name, scopes);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id())).body(KeyView.issued(key));
    }

    @Operation(summary = "Keys, newest first, by cursor: your own, or with admin scope everyone's in the organisation; never a secret",
            description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public Page<KeyView> list(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Caller caller = Callers.required();
        Long before = cursor == null ? null : cursorId(cursor);
        List<ApiKeys.KeyView> page = keys.list(caller.organisationId(), holderFilter(caller), before, limit + 1);
        List<KeyView> items = page.stream().limit(limit).map(KeyView::of).toList();
        return new Page<>(items, page.size() > limit ? Long.toString(items.getLast().id()) : null);
    }

    @Operation(summary = "One key (never its secret)", description = "Read scope; another person's key needs admin scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}")
    public KeyView get(@PathVariable long id) {
        return KeyView.of(visible(id).orElseThrow(() -> noKey(id)));
    }

    @Operation(summary = "Revoke a key: it stops authenticating at once; revoking it again changes nothing",
            description = "Write scope; another person's key needs admin scope. 204.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable long id) {
        visible(id).orElseThrow(() -> noKey(id));
        keys.revoke(Callers.required().organisationId(), id);
    }

    private Optional<ApiKeys.KeyView> visible(long id) {
        Caller caller = Callers.required();
        Long holder = holderFilter(caller);
        return keys.find(caller.organisationId(), id).filter(key -> holder == null || key.userId() == holder);
    }

    /** Whose keys the caller sees: everyone's with admin scope (null), else only its holder's. */
    private static Long holderFilter(Caller caller) {
        return caller.holds(Scope.ADMIN) ? null : caller.userId();
    }

    private static long cursorId(String cursor) {
        try {
            long id = Long.parseLong(cursor);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the 400 below
        }
        throw new IllegalArgumentException("cursor is not one this list gave out: " + shorten(cursor));
    }

    private static ResponseStatusException noKey(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no API key " + id);
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
