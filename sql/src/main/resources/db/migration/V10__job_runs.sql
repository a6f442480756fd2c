-- The run ledger: one row per (job, period, revision). It is how Herdbook proves "exactly once":
-- a schedule fire, a catch-up, a backfill or a retry all claim the same row, and only the claim
-- that inserted it enqueues work. Revision 0 is the scheduled run; a forced backfill adds 1, 2, ...
CREATE TABLE job_runs (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_name              text        NOT NULL,
    period                timestamptz NOT NULL,
    revision              integer     NOT NULL DEFAULT 0 CHECK (revision >= 0),
    trigger               text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'CATCH_UP', 'BACKFILL', 'RUN_NOW')),
    status                text        NOT NULL
                          CHECK (status IN ('QUEUED', 'STARTED', 'COMPLETED', 'FAILED', 'SKIPPED')),
    -- When the period was due (the cron slot), and when each step of the run happened.
    scheduled_at          timestamptz NOT NULL,
    queued_at             timestamptz NOT NULL,
    started_at            timestamptz,
    finished_at           timestamptz,
    -- The node that last worked on the run (the one that finished it, once finished).
    node                  text,
    attempts              integer     NOT NULL DEFAULT 0,
    read_count            bigint      NOT NULL DEFAULT 0,
    write_count           bigint      NOT NULL DEFAULT 0,
    skip_count            bigint      NOT NULL DEFAULT 0,
    jobrunr_job_id        uuid,
    batch_instance_id     bigint,
    batch_execution_id    bigint,
    -- Why a run was skipped or failed, in words an operator can act on.
    message               text,
    CONSTRAINT job_runs_once_per_period UNIQUE (job_name, period, revision)
);

CREATE INDEX job_runs_by_job_latest ON job_runs (job_name, period DESC);
CREATE INDEX job_runs_open ON job_runs (status) WHERE status IN ('QUEUED', 'STARTED');
