package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Turns an injected {@link Fault} into the answer the platform would give (or not give). */
final class FaultResponder {

    private final CaptureLibrary library;
    private final Duration hold;
    private final CountDownLatch closing;

    /** {@code closing} is released when the sandbox stops, which ends every held request at once. */
    FaultResponder(CaptureLibrary library, Duration hold, CountDownLatch closing) {
        this.library = library;
        this.hold = hold;
        this.closing = closing;
    }

    Reply reply(Fault fault) throws InterruptedException {
        return switch (fault) {
            case Fault.Blocked(String name) -> library.blocked().get(name).reply();
            case Fault.Status(int code) -> Reply.of(code, Reply.HTML, statusPage(code));
            case Fault.Shell() -> Reply.html(ShellPage.HTML);
            case Fault.Timeout() -> timeout();
        };
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
