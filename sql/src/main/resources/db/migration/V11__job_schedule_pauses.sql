-- Operators pause and resume a job's schedule. Quartz holds the paused trigger; this row remembers
-- when the schedule came back, so the catch-up sweep never runs or records the periods an operator
-- chose not to run.
CREATE TABLE job_schedule_pauses (
    job_name    text        PRIMARY KEY,
    paused      boolean     NOT NULL,
    paused_at   timestamptz NOT NULL,
    resumed_at  timestamptz,
    changed_by  text        NOT NULL
);
