/**
 * The write path every API change goes through: one database transaction per write request, holding the
 * handler's own statements, the {@code Idempotency-Key} claim and the audit row, so all three commit together
 * or not at all.
 *
 * <p>{@link io.herdbook.api.writes.WriteTransactionFilter} wraps each {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE} under {@code /api/v1} from an authenticated caller. A {@code 2xx} answer commits; anything
 * else rolls back, so a refused request changes nothing and a failed first attempt never leaves its idempotency
 * key claimed. Handlers stay plain code: their JDBC work joins the transaction the filter opened.
 *
 * <p>Idempotency ({@link io.herdbook.api.writes.IdempotencyKeys}): a {@code POST} with the header claims
 * (organisation, key) by a unique insert before the handler runs; a concurrent duplicate waits on that row and,
 * once the first commits, replays its stored answer (C15). Keys are the organisation's own (C16). The same key
 * with another request is a 422; after 24 hours a key may be used afresh.
 *
 * <p>Audit ({@link io.herdbook.api.writes.AuditTrail}): who (key and user), the route, the resource, a summary of
 * the resource before (read through its own {@code GET}) and after (the answer), and when. Secrets shown once
 * (new API keys, invitation tokens) are never stored, neither in the audit log nor in a stored answer.
 */
package io.herdbook.api.writes;
