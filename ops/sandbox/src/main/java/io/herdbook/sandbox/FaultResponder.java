package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an injected {@link Fault} into the answer the platform would give (or not give). A bad-day fault
 * that leaves a route alone (a {@code partial} creator's profile, say) answers empty, and the platform's
 * own answer is served.
 */
final class FaultResponder {

    /** The platform's scope status for a private account (yt-dlp #14585) and for a private post. */
    static final int PRIVATE_ACCOUNT = 10222;
    static final int PRIVATE_POST = 10216;

    private final CaptureLibrary library;
    private final PlatformRoutes platform;
    private final PageWriter writer = new PageWriter();
    private final Duration hold;
    private final CountDownLatch closing;

    /** {@code closing} is released when the sandbox stops, which ends every held request at once. */
    FaultResponder(CaptureLibrary library, PlatformRoutes platform, Duration hold, CountDownLatch closing) {
        this.library = library;
        this.platform = platform;
        this.hold = hold;
        this.closing = closing;
    }

    /** The faulty answer, or empty when this fault does not touch this route. */
    Optional<Reply> reply(Fault fault, Request request) throws InterruptedException {
        Route route = Route.of(request);
        return switch (fault) {
            case Fault.Private() -> Optional.of(privateAnswer(request, route));
            case Fault.Blocked(String name) -> Optional.of(library.blocked().get(name).reply());
            case Fault.Status(int code) -> Optional.of(Reply.of(code, Reply.HTML, statusPage(code)));
            case Fault.Shell() -> Optional.of(Reply.html(ShellPage.HTML));
            case Fault.Timeout() -> Optional.of(timeout());
            case Fault.Deleted(int code) -> Optional.of(deletedAnswer(request, route, code));
            case Fault.Partial() -> route == Route.POST ? distorted(request, Distortion.WITHOUT_STATS) : Optional.empty();
            case Fault.ZeroStats() -> route == Route.POST ? distorted(request, Distortion.ZERO_STATS) : Optional.empty();
            case Fault.Rounded() -> route == Route.COMMENTS || route == Route.OTHER ? Optional.empty() : distorted(request, Distortion.ROUNDED);
            case Fault.Hidden() -> switch (route) {
                // Generated, so that an old captured profile's server-rendered posts are hidden too.
                case PROFILE -> distorted(request, Distortion.NONE);
                case LIST -> Optional.of(Reply.json(list(false, "0")));
                default -> Optional.empty();
            };
            case Fault.StuckCursor() -> route == Route.LIST
                    ? Optional.of(Reply.json(list(true, Optional.ofNullable(request.param("cursor")).orElse("0"))))
                    : Optional.empty();
            case Fault.Slow slow -> throw new IllegalArgumentException("a slow answer is the platform's own, only late; the handler serves it");
        };
    }

    /** The routes a fault may treat differently. */
    private enum Route {
        PROFILE, POST, LIST, COMMENTS, OTHER;

        static Route of(Request request) {
            String path = request.path().endsWith("/") && request.path().length() > 1
                    ? request.path().substring(0, request.path().length() - 1) : request.path();
            if (PlatformRoutes.PROFILE.matcher(request.path()).matches()) {
                return PROFILE;
            }
            if (PlatformRoutes.POST.matcher(request.path()).matches()) {
                return POST;
            }
            return switch (path) {
                case ApiRoutes.ITEM_LIST -> LIST;
                case ApiRoutes.COMMENT_LIST -> COMMENTS;
                default -> OTHER;
            };
        }
    }

    private Optional<Reply> distorted(Request request, Distortion distortion) {
        return Optional.of(platform.distorted(request, distortion));
    }

    private Reply privateAnswer(Request request, Route route) {
        return switch (route) {
            case PROFILE -> Reply.html(writer.privateProfilePage(PlatformRoutes.PROFILE.matcher(request.path()).replaceFirst("$1")));
            case POST -> Reply.html(writer.notFoundPage("webapp.video-detail", PRIVATE_POST, PageWriter.ORIGIN + request.path()));
            default -> Reply.json("{\"statusCode\":" + PRIVATE_ACCOUNT + ",\"statusMsg\":\"\",\"itemList\":[],\"hasMore\":false}");
        };
    }

    /**
     * A gone account as the platform answers it: the profile with the user status in its scope (HTTP 200),
     * each post page "item does not exist", the post list (and anything else) the user status with no posts.
     */
    private Reply deletedAnswer(Request request, Route route, int code) {
        return switch (route) {
            case PROFILE -> Reply.html(writer.notFoundPage("webapp.user-detail", code, PageWriter.ORIGIN + request.path()));
            case POST -> Reply.html(writer.notFoundPage("webapp.video-detail", PlatformRoutes.ITEM_NOT_FOUND, PageWriter.ORIGIN + request.path()));
            default -> Reply.json(ApiRoutes.goneUserList(code));
        };
    }

    /** A post-list page without posts. */
    private static String list(boolean hasMore, String cursor) {
        ObjectNode body = Json.object().put("statusCode", 0).put("statusMsg", "");
        body.putArray("itemList");
        return Json.write(body.put("hasMore", hasMore).put("cursor", cursor));
    }

    /** Holds the request on its (virtual) thread; a client that waits this long gets a 504 at last. */
    private Reply timeout() throws InterruptedException {
        closing.await(hold.toMillis(), TimeUnit.MILLISECONDS);
        return Reply.of(504, Reply.HTML, statusPage(504));
    }

    private static byte[] statusPage(int code) {
        return ("<html><head><title>" + code + "</title></head><body><h1>" + code + "</h1></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
