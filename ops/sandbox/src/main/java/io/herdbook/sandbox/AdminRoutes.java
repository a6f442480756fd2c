package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own control paths under {@code /__sandbox/}: a path the platform never uses, so
 * faults never apply to them.
 *
 * <ul>
 *   <li>{@code GET /__sandbox/faults}: the faults in force, {@code {"target":"fault",…}}</li>
 *   <li>{@code POST /__sandbox/faults?path=TARGET&fault=FAULT}: injects one</li>
 *   <li>{@code DELETE /__sandbox/faults[?path=TARGET]}: removes one, or all</li>
 *   <li>{@code GET /__sandbox/creators}: {@code [{"handle","secUid","posts","profilePage"}]}</li>
 *   <li>{@code POST /__sandbox/creators?handle=H&posts=N}: adds a generated creator with N posts ({@link CaptureLibrary#generateCreator})</li>
 *   <li>{@code POST /__sandbox/burst?handle=H&posts=N}: N new posts of H, newest first ({@link CaptureLibrary#burst});
 *       answers {@code {"handle","added":[ids newest first],"posts"}}</li>
 * </ul>
 */
final class AdminRoutes {

    static final String PREFIX = "/__sandbox/";

    private final CaptureLibrary library;
    private final Faults faults;

    AdminRoutes(CaptureLibrary library, Faults faults) {
        this.library = library;
        this.faults = faults;
    }

    Reply reply(Request request) {
        String route = request.method() + " " + request.path();
        return switch (route) {
            case "GET /__sandbox/faults" -> faultList();
            case "POST /__sandbox/faults" -> setFault(request);
            case "DELETE /__sandbox/faults" -> removeFaults(request);
            case "GET /__sandbox/creators" -> creators();
            case "POST /__sandbox/creators" -> posting(request, (handle, n) -> {
                library.generateCreator(handle, n);
                return creators();
            });
            case "POST /__sandbox/burst" -> posting(request, (handle, n) -> burst(handle, library.burst(handle, n)));
            default -> Reply.notFound();
        };
    }

    private Reply faultList() {
        ObjectNode body = Json.object();
        faults.snapshot().forEach((target, fault) -> body.put(target, fault.toString()));
        return Reply.json(Json.write(body));
    }

    private Reply setFault(Request request) {
        String path = request.param("path");
        String fault = request.param("fault");
        if (path == null || fault == null) {
            return error("path and fault are required");
        }
        try {
            faults.set(path, Fault.parse(fault));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        return faultList();
    }

    private Reply removeFaults(Request request) {
        String path = request.param("path");
        if (path == null) {
            faults.clear();
        } else {
            faults.remove(path);
        }
        return faultList();
    }

    private Reply creators() {
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (CreatorProfile creator : library.creators().values()) {
            body.addObject()
                    .put("handle", creator.handle())
                    .put("secUid", creator.secUid())
                    .put("posts", library.posts(creator.handle()).size())
                    .put("profilePage", library.hasCapturedProfilePage(creator.handle()) ? "captured" : "generated");
        }
        return Reply.json(Json.write(body));
    }

    /** Runs a change that takes {@code handle} and {@code posts}; a missing or bad value is a 400 naming it. */
    private static Reply posting(Request request, java.util.function.BiFunction<String, Integer, Reply> change) {
        String handle = request.param("handle");
        String posts = request.param("posts");
        if (handle == null || posts == null) {
            return error("handle and posts are required");
        }
        try {
            return change.apply(handle.startsWith("@") ? handle.substring(1) : handle, Integer.parseInt(posts));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private Reply burst(String handle, java.util.List<io.herdbook.jobs.platform.PostData> added) {
        ObjectNode body = Json.object().put("handle", handle);
        ArrayNode ids = body.putArray("added");
        added.forEach(post -> ids.add(post.id()));
        return Reply.json(Json.write(body.put("posts", library.posts(handle).size())));
    }

    private static Reply error(String message) {
        return Reply.json(400, Json.write(Json.object().put("error", message)));
    }
}
