package io.herdbook.api.writes;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One accepted write: who (the key and its holder), what (the route), which resource, its state before and
 * after (JSON summaries, either null where there is none), the answer's status and when.
 */
public record AuditEntry(long id, Long apiKeyId, Long userId, String action, String resourceType, String resourceId,
                         int status, @JsonRawValue String before, @JsonRawValue String after, Instant at) {
}
