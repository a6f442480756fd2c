-- Quartz inserts its lock rows lazily; two nodes starting at once on a fresh schema both insert, and
-- PostgreSQL aborts the loser's transaction (case C23). Seed them for the scheduler name 'herdbook'
-- (spring.quartz.scheduler-name); a scheduler with another name still creates its own lazily.
INSERT INTO qrtz_locks (sched_name, lock_name) VALUES
    ('herdbook', 'TRIGGER_ACCESS'),
    ('herdbook', 'STATE_ACCESS');
