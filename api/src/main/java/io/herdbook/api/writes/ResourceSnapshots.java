package io.herdbook.api.writes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's "before": a resource as its own {@code GET} shows it, read inside the write's transaction just
 * before the write, through the same handlers, scopes and organisation checks as any read. Routes with no
 * {@code GET} of their own (a membership, a pause) have no "before".
 */
@Component
class ResourceSnapshots {

    /** A summary, not a copy: answers larger than this are not kept whole in the audit log. */
    static final int MAX_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<DispatcherServlet> dispatcher;

    ResourceSnapshots(ObjectProvider<DispatcherServlet> dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The resource at the write's path as JSON text, or null when that path has no readable JSON. */
    String before(HttpServletRequest write, HttpServletResponse response) {
        CapturedResponse captured = new CapturedResponse(response);
        try {
            dispatcher.getObject().service(new InternalGet(write), captured);
        } catch (Exception e) {
            return null;
        }
        return captured.status() == 200 ? summary(captured.contentType(), captured.body()) : null;
    }

    /** JSON text fit for the audit log (secrets out, size bounded), or null for anything that is not JSON. */
    static String summary(String contentType, byte[] body) {
        if (contentType == null || !contentType.contains("json") || body.length == 0) {
            return null;
        }
        if (body.length > MAX_BYTES) {
            return "{\"omitted\":\"" + body.length + " bytes\"}";
        }
        try {
            JsonNode tree = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            return JSON.writeValueAsString(Redaction.redact(tree));
        } catch (JacksonException e) {
            return null;
        }
    }
}
