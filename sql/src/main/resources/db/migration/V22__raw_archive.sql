-- The raw archive: what the parser read of each answer a job fetched (a page's data script or a JSON body, never
-- the whole HTML), gzip-compressed, so that `herdbook reparse` can derive posts and snapshots again after a parser
-- fix without fetching. Rows fetched longer ago than herdbook.archive.retention are deleted in bounded batches.
CREATE TABLE raw_payloads (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    -- NULL for a profile or post-list fetch, the post asked for by a post-page fetch (as in fetch_attempts).
    post_id          bigint,
    job_name         text        NOT NULL,
    -- The run's observation slot: with the subject, the idempotency key, as in fetch_attempts.
    observed_at      timestamptz NOT NULL,
    resource         text        NOT NULL,
    -- What the text is, which says how to read it again: a data script of a page, or an API body.
    payload_kind     text        NOT NULL
                     CHECK (payload_kind IN ('REHYDRATION_SCRIPT', 'SIGI_SCRIPT', 'NEXT_DATA_SCRIPT', 'API_BODY')),
    -- The outcome the job recorded for this fetch (fetch_attempts.outcome): a payload may be kept for an answer the
    -- job could not use (a post page without stats), which a fixed parser may read as data.
    outcome          text        NOT NULL
                     CHECK (outcome IN ('DATA', 'BLOCKED', 'PRIVATE', 'NOT_FOUND', 'SHELL', 'FAILED', 'UNREADABLE')),
    encoding         text        NOT NULL DEFAULT 'gzip' CHECK (encoding IN ('gzip')),
    -- The payload's UTF-8 text, compressed.
    body             bytea       NOT NULL,
    payload_bytes    integer     NOT NULL CHECK (payload_bytes >= 0),
    compressed_bytes integer     NOT NULL CHECK (compressed_bytes > 0),
    -- The whole answer body's UTF-8 length, to show what was not kept.
    response_bytes   integer     NOT NULL CHECK (response_bytes >= 0),
    -- The fetched_at the job wrote beside it (snapshots, first_seen_at of new posts): reparse writes the same.
    fetched_at       timestamptz NOT NULL,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);

-- One payload per fetch per slot. A forced rerun of the slot keeps the first DATA payload, as the (post, slot)
-- snapshot beside it keeps the first DATA answer; a payload the job could not use is replaced by a later DATA one.
CREATE UNIQUE INDEX raw_payloads_once_per_slot ON raw_payloads (job_name, observed_at, creator_id, resource);
-- Reparse reads in (slot, id) order by keyset.
CREATE INDEX raw_payloads_slot_order ON raw_payloads (observed_at, id);
-- Retention deletes by fetch time, not slot: a backfilled past slot is kept as long as a fresh one.
CREATE INDEX raw_payloads_fetched_at ON raw_payloads (fetched_at);
