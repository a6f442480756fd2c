package io.herdbook.api.writes;

import io.herdbook.api.access.Callers;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.api.rest.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's audit log, for its admins. */
@Tag(name = "audit-log", description = "Every accepted write: who, what, which resource, before and after, when.")
@RestController
@RequestMapping(path = "/api/v1/audit-log", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditLogController {

    private static final int MAX_LIMIT = 200;

    private final AuditTrail audit;

    AuditLogController(AuditTrail audit) {
        this.audit = audit;
    }

    @Operation(summary = "The audit log, newest first, by cursor; optionally one resource type (e.g. campaigns) and id",
            description = "Admin scope.")
    @RequiresScope(Scope.ADMIN)
    @GetMapping
    public Page<AuditEntry> list(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor,
                                 @RequestParam(name = "resource_type", required = false) String resourceType,
                                 @RequestParam(name = "resource_id", required = false) String resourceId) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        AuditCursor after = cursor == null ? null : AuditCursor.parse(cursor);
        List<AuditEntry> entries = audit.list(Callers.required().organisationId(), after == null ? null : after.at(),
                after == null ? null : after.id(), resourceType, resourceId, limit + 1);
        if (entries.size() <= limit) {
            return new Page<>(entries, null);
        }
        AuditEntry last = entries.get(limit - 1);
        return new Page<>(entries.subList(0, limit), new AuditCursor(last.at(), last.id()).token());
    }
}
