package io.herdbook.api.writes;

import java.util.Map;

/**
 * Which resource a write touched, read off the route it matched. A created resource ({@code 201}) is the last
 * word of the route, with the id its {@code Location} ends in; any other write acts on the first resource the
 * route names by id, the one whose history a reader looks up ({@code PUT /campaigns/{id}/creators/{creatorId}} is a
 * change of campaign {@code id}); a route that names none ({@code /creators/bulk-remove}) acts on the collection
 * after {@code /api/v1}.
 */
record AuditTarget(String type, String id) {

    private static final String PREFIX = "/api/v1/";

    static AuditTarget of(String pattern, Map<String, String> variables, int status, String location) {
        String[] segments = pattern.startsWith(PREFIX) ? pattern.substring(PREFIX.length()).split("/") : pattern.split("/");
        if (status == 201 && !isVariable(segments[segments.length - 1])) {
            return new AuditTarget(segments[segments.length - 1], lastSegment(location));
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (!isVariable(segments[i]) && isVariable(segments[i + 1])) {
                return new AuditTarget(segments[i], variables.get(name(segments[i + 1])));
            }
        }
        return new AuditTarget(segments[0], null);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String name(String variable) {
        String inside = variable.substring(1, variable.length() - 1);
        int colon = inside.indexOf(':');
        return colon < 0 ? inside : inside.substring(0, colon);
    }

    private static String lastSegment(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
