package io.herdbook.api.writes;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import io.herdbook.api.access.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs every authenticated write under {@code /api/v1} as one transaction: idempotency claim, before-snapshot,
 * the handler, the audit row and the stored answer. A {@code 2xx} commits all of it; any other answer rolls all
 * of it back. The answer is held until the commit, so a client never sees a success that did not last.
 */
class WriteTransactionFilter extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Marks an answer that was replayed from an earlier request with the same key. */
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    /** Expired keys dropped per new claim: enough to outpace any organisation's rate of new keys. */
    private static final int PURGE_BATCH = 20;

    private final TransactionTemplate transactions;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final ResourceSnapshots snapshots;
    private final Clock clock;

    WriteTransactionFilter(TransactionTemplate transactions, IdempotencyKeys keys, AuditTrail audit, ResourceSnapshots snapshots, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Callers.of(request);
        if (caller.isEmpty()) {
            // Only the few open routes get here (accepting an invitation); they audit what they do themselves.
            chain.doFilter(request, response);
            return;
        }
        String key = "POST".equals(request.getMethod()) ? request.getHeader(IDEMPOTENCY_KEY) : null;
        if (key != null && !KEY.matcher(key).matches()) {
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "bad-idempotency-key",
                    IDEMPOTENCY_KEY + " must be 1 to 255 visible ASCII characters", Map.of());
            return;
        }
        HttpServletRequest write = key == null ? request : new CachedBodyRequest(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Write unit = new Write(caller.get(), write, answer, chain, key);
        try {
            transactions.executeWithoutResult(unit::run);
        } catch (ChainFailure failure) {
            failure.rethrow();
        }
        answer.copyBodyToResponse();
    }

    /** One write request inside its transaction. */
    private final class Write {
        private final Caller caller;
        private final HttpServletRequest request;
        private final ContentCachingResponseWrapper answer;
        private final FilterChain chain;
        private final String key;

        Write(Caller caller, HttpServletRequest request, ContentCachingResponseWrapper answer, FilterChain chain, String key) {
            this.caller = caller;
            this.request = request;
            this.answer = answer;
            this.chain = chain;
            this.key = key;
        }

        void run(TransactionStatus transaction) {
            if (key != null) {
                IdempotencyKeys.Claim claim = keys.claim(caller.organisationId(), key, fingerprint((CachedBodyRequest) request));
                if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
                    replay(replay.answer());
                    return;
                }
                if (claim instanceof IdempotencyKeys.Claim.OtherRequest) {
                    transaction.setRollbackOnly();
                    problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", IDEMPOTENCY_KEY + " '" + key
                            + "' was used in the last 24 hours for a different request (method, path or body); use a new key");
                    return;
                }
            }
            String before = "POST".equals(request.getMethod()) ? null : snapshots.before(request, answer);
            proceed();
            int status = answer.getStatus();
            if (status < 200 || status > 299) {
                transaction.setRollbackOnly();
                return;
            }
            byte[] body = answer.getContentAsByteArray();
            String location = answer.getHeader(HttpHeaders.LOCATION);
            audit.record(new AuditTrail.Write(caller.organisationId(), caller.keyId(), caller.userId(),
                    request.getMethod() + " " + pattern(), AuditTarget.of(pattern(), variables(), status, location), status,
                    before, ResourceSnapshots.summary(answer.getContentType(), body), clock.instant()));
            if (key != null) {
                keys.complete(caller.organisationId(), key, new StoredAnswer(status, answer.getContentType(), location,
                        storable(answer.getContentType(), body)));
                keys.purgeExpired(caller.organisationId(), PURGE_BATCH);
            }
        }

        private void proceed() {
            try {
                chain.doFilter(request, answer);
            } catch (IOException | ServletException e) {
                throw new ChainFailure(e);
            }
        }

        private void replay(StoredAnswer stored) {
            answer.setStatus(stored.status());
            if (stored.contentType() != null) {
                answer.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                answer.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            answer.setHeader(REPLAYED, "true");
            write(stored.body());
        }

        private void problem(HttpStatus status, String type, String detail) {
            try {
                ProblemResponses.write(request, answer, status, type, detail, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(byte[] bytes) {
            try {
                answer.getOutputStream().write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String pattern() {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            return pattern == null ? request.getRequestURI() : pattern.toString();
        }

        @SuppressWarnings("unchecked")
        private Map<String, String> variables() {
            Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
        }
    }

    /** A stored answer keeps no secret: a replay of a key's issue shows the key's details, not its secret again. */
    private static byte[] storable(String contentType, byte[] body) {
        return Redaction.withoutSecrets(contentType, body);
    }

    /** What makes two requests "the same request" for a key: method, path, query and body. */
    private static byte[] fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + "\n" + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(request.body());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** Carries the chain's checked exception out of the transaction callback, after the rollback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
