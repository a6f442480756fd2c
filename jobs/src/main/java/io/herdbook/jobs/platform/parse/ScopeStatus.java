package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The platform's own {@code statusCode} of a scope (a rehydration detail scope, a SIGI page module, an
 * API body). Private accounts, deleted items and captchas are signalled here, not by the HTTP status.
 */
final class ScopeStatus {

    private ScopeStatus() {
    }

    /** A NoData for a non-zero status of {@code scope}, or empty when it is 0 or absent. */
    static Optional<NoData> check(JsonNode scope) {
        if (scope == null || !scope.isObject()) {
            return Optional.empty();
        }
        Long code = Counts.read(scope.get("statusCode"));
        if (code == null || code == 0) {
            code = Counts.read(scope.get("status_code"));
        }
        if (code == null || code == 0) {
            return Optional.empty();
        }
        String message = firstText(scope, "statusMsg", "status_msg", "statusMessage");
        String reason = "statusCode " + code + " " + meaning(code) + (message == null || message.isBlank() ? "" : " (" + message + ")");
        return Optional.of(new NoData(outcome(code), reason));
    }

    static Outcome outcome(long code) {
        return switch ((int) code) {
            case 10222, 10216 -> Outcome.PRIVATE;
            case 10221, 10202, 10204 -> Outcome.NOT_FOUND;
            case 10000 -> Outcome.BLOCKED;
            // An unknown code is retried (FAILED) rather than treated as parse drift; the reason logs it.
            default -> Outcome.FAILED;
        };
    }

    private static String meaning(long code) {
        return switch ((int) code) {
            case 10222 -> "private account";
            case 10216 -> "private post";
            case 10221 -> "user not found or banned";
            case 10202 -> "user does not exist";
            case 10204 -> "item does not exist";
            case 10000 -> "captcha";
            default -> "unknown status";
        };
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String text = Json.text(node.get(field));
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
