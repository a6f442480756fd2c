-- The big table: one row per post per observation slot. Range-partitioned by observation month so
-- indexes stay small and retention drops whole partitions.
CREATE TABLE post_stats_snapshots (
    organisation_id  bigint      NOT NULL,
    post_id          bigint      NOT NULL,
    -- The slot this observation belongs to (the run's scheduled time): the idempotency key with post_id.
    observed_at      timestamptz NOT NULL,
    fetched_at       timestamptz NOT NULL,
    views            bigint      NOT NULL CHECK (views >= 0),
    likes            bigint      NOT NULL CHECK (likes >= 0),
    comments         bigint      NOT NULL CHECK (comments >= 0),
    shares           bigint      NOT NULL CHECK (shares >= 0),
    -- NULL when the payload did not carry saves (before 2025): unknown is never zero.
    saves            bigint               CHECK (saves >= 0),
    exact_counts     boolean     NOT NULL,
    PRIMARY KEY (post_id, observed_at)
) PARTITION BY RANGE (observed_at);

-- Monthly partitions for the years around now, and a default one so that no insert ever fails for
-- want of a partition (a maintenance job will split it when it holds rows).
DO $$
DECLARE
    month date := date '2024-01-01';
BEGIN
    WHILE month < date '2031-01-01' LOOP
        EXECUTE format(
            'CREATE TABLE post_stats_snapshots_%s PARTITION OF post_stats_snapshots FOR VALUES FROM (%L) TO (%L)',
            to_char(month, 'YYYY_MM'), month, month + interval '1 month');
        month := month + interval '1 month';
    END LOOP;
END $$;
CREATE TABLE post_stats_snapshots_default PARTITION OF post_stats_snapshots DEFAULT;

-- "Latest stats per post" without scanning history: updated in the same transaction as each insert,
-- and only ever moved forward in observed_at.
CREATE TABLE post_stats_latest (
    post_id          bigint      PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    observed_at      timestamptz NOT NULL,
    fetched_at       timestamptz NOT NULL,
    views            bigint      NOT NULL,
    likes            bigint      NOT NULL,
    comments         bigint      NOT NULL,
    shares           bigint      NOT NULL,
    saves            bigint,
    exact_counts     boolean     NOT NULL,
    FOREIGN KEY (organisation_id, post_id) REFERENCES posts (organisation_id, id)
);
