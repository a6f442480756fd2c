-- goal-evaluation's record of what it has evaluated: one row per goal or payout structure and period, written
-- in the same transaction as the period's results or accrual lines. A duplicate trigger, a retry or a second
-- node finds the row and does nothing; the unique keys of goal_results and payout_accruals stay the last guard.
CREATE TABLE evaluated_periods (
    organisation_id  bigint      NOT NULL,
    subject          text        NOT NULL CHECK (subject IN ('GOAL', 'PAYOUT_STRUCTURE')),
    subject_id       bigint      NOT NULL,
    period_start     date        NOT NULL,
    evaluated_at     timestamptz NOT NULL,
    -- Results or lines written by this evaluation, for the job log and the API.
    rows_written     bigint      NOT NULL,
    PRIMARY KEY (subject, subject_id, period_start)
);
