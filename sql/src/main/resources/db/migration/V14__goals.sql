-- A goal: a target for one metric per creator per period (weekly from local Monday, monthly from the local
-- 1st, in the project's time zone), from a start date on.
CREATE TABLE goals (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    project_id       bigint      NOT NULL,
    -- NULL: the project's creators; otherwise the campaign's.
    campaign_id      bigint,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    metric           text        NOT NULL
                     CHECK (metric IN ('POSTS_IN_PERIOD', 'MIN_VIEWS_PER_POST', 'TOTAL_VIEWS', 'LIKES_RECEIVED')),
    target           bigint      NOT NULL CHECK (target > 0),
    period           text        NOT NULL CHECK (period IN ('WEEKLY', 'MONTHLY')),
    -- The first period evaluated is the one containing this local date.
    starts_on        date        NOT NULL,
    -- false: only the creators listed in goal_creators.
    all_creators     boolean     NOT NULL DEFAULT true,
    -- An archived goal is no longer evaluated; its results and accruals stay.
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaigns (organisation_id, id),
    UNIQUE (organisation_id, id)
);

CREATE INDEX goals_project ON goals (project_id) WHERE archived_at IS NULL;

CREATE TABLE goal_creators (
    organisation_id  bigint NOT NULL,
    goal_id          bigint NOT NULL,
    creator_id       bigint NOT NULL,
    PRIMARY KEY (goal_id, creator_id),
    FOREIGN KEY (organisation_id, goal_id) REFERENCES goals (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);
