package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Turns an injected {@link Fault} into the answer the platform would give (or not give). */
final class FaultResponder {

    /** The platform's scope status for a private account (yt-dlp #14585) and for a private post. */
    static final int PRIVATE_ACCOUNT = 10222;
    static final int PRIVATE_POST = 10216;

    private final CaptureLibrary library;
    private final PageWriter writer = new PageWriter();
    private final Duration hold;
    private final CountDownLatch closing;

    /** {@code closing} is released when the sandbox stops, which ends every held request at once. */
    FaultResponder(CaptureLibrary library, Duration hold, CountDownLatch closing) {
        this.library = library;
        this.hold = hold;
        this.closing = closing;
    }

    Reply reply(Fault fault, Request request) throws InterruptedException {
        return switch (fault) {
            case Fault.Private() -> privateAnswer(request);
            case Fault.Blocked(String name) -> library.blocked().get(name).reply();
            case Fault.Status(int code) -> Reply.of(code, Reply.HTML, statusPage(code));
            case Fault.Shell() -> Reply.html(ShellPage.HTML);
            case Fault.Timeout() -> timeout();
            case Fault.Slow slow -> throw new IllegalArgumentException("a slow answer is the platform's own, only late; the handler serves it");
        };
    }

    private Reply privateAnswer(Request request) {
        java.util.regex.Matcher profile = PlatformRoutes.PROFILE.matcher(request.path());
        if (profile.matches()) {
            return Reply.html(writer.privateProfilePage(profile.group(1)));
        }
        if (PlatformRoutes.POST.matcher(request.path()).matches()) {
            return Reply.html(writer.notFoundPage("webapp.video-detail", PRIVATE_POST, PageWriter.ORIGIN + request.path()));
        }
        return Reply.json("{\"statusCode\":" + PRIVATE_ACCOUNT + ",\"statusMsg\":\"\",\"itemList\":[],\"hasMore\":false}");
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
