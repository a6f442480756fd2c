package io.herdbook.api.writes;

/** An answer kept for an idempotency key, replayed as it was: status, content type, {@code Location} and body. */
record StoredAnswer(int status, String contentType, String location, byte[] body) {
}
