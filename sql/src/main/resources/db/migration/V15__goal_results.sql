-- What goal-evaluation found for one goal, creator and closed period: written once, by the unique key
-- (goal, creator, period), however often the job runs or is retried.
CREATE TABLE goal_results (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    goal_id          bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    -- The period's first local day, and its half-open UTC window [period_from, period_to).
    period_start     date        NOT NULL,
    period_from      timestamptz NOT NULL,
    period_to        timestamptz NOT NULL,
    metric           text        NOT NULL,
    target           bigint      NOT NULL,
    -- NULL when the metric has no value (MIN_VIEWS_PER_POST over no posts): never met.
    actual           bigint,
    met              boolean     NOT NULL,
    posts            bigint      NOT NULL,
    -- Stats observed before this instant were used (the period's end + 48 h).
    stats_cutoff     timestamptz NOT NULL,
    evaluated_at     timestamptz NOT NULL,
    FOREIGN KEY (organisation_id, goal_id) REFERENCES goals (organisation_id, id),
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id),
    CONSTRAINT goal_results_once UNIQUE (goal_id, creator_id, period_start),
    UNIQUE (organisation_id, id)
);

-- The exact snapshot each counted post contributed: a result is traceable to its stats.
CREATE TABLE goal_result_posts (
    organisation_id       bigint      NOT NULL,
    goal_result_id        bigint      NOT NULL,
    post_id               bigint      NOT NULL,
    -- NULL when the post had no snapshot before the cutoff (it counts as a post with 0 views).
    snapshot_observed_at  timestamptz,
    views                 bigint      NOT NULL,
    likes                 bigint      NOT NULL,
    PRIMARY KEY (goal_result_id, post_id),
    FOREIGN KEY (organisation_id, goal_result_id) REFERENCES goal_results (organisation_id, id),
    FOREIGN KEY (organisation_id, post_id) REFERENCES posts (organisation_id, id)
);
