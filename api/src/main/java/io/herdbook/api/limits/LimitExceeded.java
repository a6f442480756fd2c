package io.herdbook.api.limits;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A limit reached: 402 for a plan's capacity, 429 with {@code Retry-After} (seconds to the next UTC midnight) for a
 * per-day rate. The problem names the limit ({@code limit}) and its figure ({@code limit_value}); nothing was written.
 */
public final class LimitExceeded extends ErrorResponseException {

    private final LimitName name;
    private final long value;
    private final transient Duration retryAfter;

    private LimitExceeded(HttpStatus status, LimitName name, long value, String detail, Duration retryAfter) {
        super(status, problem(status, name, value, detail), null);
        this.name = name;
        this.value = value;
        this.retryAfter = retryAfter;
        if (retryAfter != null) {
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString((retryAfter.toMillis() + 999) / 1000));
        }
    }

    static LimitExceeded capacity(LimitName name, long value, long inUse, long adding) {
        return new LimitExceeded(HttpStatus.PAYMENT_REQUIRED, name, value, "the plan allows " + value + " " + name.word()
                + "; " + inUse + " in use, " + adding + " more asked for", null);
    }

    static LimitExceeded daily(LimitName name, long value, Duration retryAfter) {
        return new LimitExceeded(HttpStatus.TOO_MANY_REQUESTS, name, value, "the plan allows " + value + " " + name.word()
                + "; used up for today (UTC)", retryAfter);
    }

    public LimitName limit() {
        return name;
    }

    public long value() {
        return value;
    }

    /** Until the count starts again; null for a capacity, which only a bigger plan (or fewer things) lifts. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static ProblemDetail problem(HttpStatus status, LimitName name, long value, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("https://herdbook.io/problems/limit-exceeded"));
        problem.setProperty("limit", name.word());
        problem.setProperty("limit_value", value);
        return problem;
    }
}
