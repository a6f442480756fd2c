-- The outcome of every fetch a job made: data, blocked, private, not found, shell, failed, unreadable.
-- Only DATA ever wrote stats; the other outcomes are why a number did not move.
CREATE TABLE fetch_attempts (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    -- NULL for a profile or post-list fetch, the post for a post-page fetch.
    post_id          bigint,
    job_name         text        NOT NULL,
    -- The run's observation slot; with the subject it is the idempotency key, so a retried chunk
    -- updates its row (attempts + 1) instead of adding one.
    observed_at      timestamptz NOT NULL,
    resource         text        NOT NULL,
    outcome          text        NOT NULL
                     CHECK (outcome IN ('DATA', 'BLOCKED', 'PRIVATE', 'NOT_FOUND', 'SHELL', 'FAILED', 'UNREADABLE')),
    reason           text,
    http_status      integer,
    elapsed_ms       bigint      NOT NULL,
    attempts         integer     NOT NULL DEFAULT 1,
    attempted_at     timestamptz NOT NULL,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);

CREATE UNIQUE INDEX fetch_attempts_once_per_slot
    ON fetch_attempts (job_name, observed_at, creator_id, resource);
-- "Last fetch outcome" per creator.
CREATE INDEX fetch_attempts_creator_latest ON fetch_attempts (creator_id, attempted_at DESC);
