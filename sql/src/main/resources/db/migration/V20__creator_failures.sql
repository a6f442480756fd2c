-- Failure accounting and the creator's lifecycle (issue 4, item 6): consecutive failed profile fetches per creator,
-- the auto-disable they lead to, an operator's re-enable, rename and re-add, and the history of all of it.

-- The newest discovery profile fetch of the creator, written in discovery's chunk transaction. The failure
-- accounting at the end of the run reads the run's slot from here, so each creator is judged by its own outcome.
ALTER TABLE creators ADD COLUMN profile_outcome       text
    CHECK (profile_outcome IN ('DATA', 'BLOCKED', 'PRIVATE', 'NOT_FOUND', 'SHELL', 'FAILED', 'UNREADABLE'));
ALTER TABLE creators ADD COLUMN profile_outcome_slot  timestamptz;
-- Failed profile fetches since the last good one, counted once per slot: failures_counted_slot is the newest slot
-- counted (success or failure), so a retried chunk or a re-run of the slot counts nothing twice.
ALTER TABLE creators ADD COLUMN consecutive_failures  integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0);
ALTER TABLE creators ADD COLUMN failures_counted_slot timestamptz;
ALTER TABLE creators ADD COLUMN last_failure_slot     timestamptz;
-- Why the failure policy disabled the creator; NULL while it is not disabled (or an operator disabled it).
ALTER TABLE creators ADD COLUMN disabled_reason       text
    CHECK (disabled_reason IN ('ACCOUNT_DELETED', 'ACCOUNT_PRIVATE', 'UNREACHABLE'));
ALTER TABLE creators ADD COLUMN disabled_at           timestamptz;
-- An operator's re-enable is refused within the cool-down after the previous one.
ALTER TABLE creators ADD COLUMN last_reenabled_at     timestamptz;

-- The failure accounting of a slot finds that slot's creators without scanning every creator.
CREATE INDEX creators_profile_outcome_slot ON creators (profile_outcome_slot);

-- What happened to a creator, newest last: auto-disabled, re-enabled, renamed, reactivated, a status the platform
-- implied. Never updated.
CREATE TABLE creator_events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    at               timestamptz NOT NULL,
    kind             text        NOT NULL
                     CHECK (kind IN ('AUTO_DISABLED', 'REENABLED', 'RENAMED', 'REACTIVATED', 'STATUS_CHANGED')),
    -- The job's slot for an event a job wrote (its retry key below), NULL for an operator's action.
    slot             timestamptz,
    detail           jsonb       NOT NULL DEFAULT '{}',
    -- Who: a job name (discovery) or an operator channel (api, cli).
    actor            text        NOT NULL,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);

-- A job's retry of a slot writes no second event (operator events have no slot, and NULLs never collide).
CREATE UNIQUE INDEX creator_events_once_per_slot ON creator_events (creator_id, kind, slot);
-- A creator's history, paged newest first by id.
CREATE INDEX creator_events_history ON creator_events (organisation_id, creator_id, id);
