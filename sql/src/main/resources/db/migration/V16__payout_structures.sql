-- How creators are paid: CPM on views (optional cap per post and marginal tiers), a flat fee per
-- qualifying post, or a bonus when a goal is met. Money is numeric(14,2); rates are per 1,000 views.
CREATE TABLE payout_structures (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id   bigint        NOT NULL,
    project_id        bigint        NOT NULL,
    -- NULL: every creator of the project; otherwise the campaign's creators, within its budget.
    campaign_id       bigint,
    name              text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind              text          NOT NULL CHECK (kind IN ('CPM', 'FLAT_PER_POST', 'GOAL_BONUS')),
    -- CPM and flat: posts are counted in the period they went up in. A goal bonus uses its goal's period.
    period            text          NOT NULL CHECK (period IN ('WEEKLY', 'MONTHLY')),
    starts_on         date          NOT NULL,
    cpm_rate          numeric(14,2) CHECK (cpm_rate >= 0),
    cap_per_post      numeric(14,2) CHECK (cap_per_post >= 0),
    flat_fee          numeric(14,2) CHECK (flat_fee >= 0),
    -- CPM and flat: a post qualifies with at least this many views.
    min_views         bigint        NOT NULL DEFAULT 0 CHECK (min_views >= 0),
    goal_id           bigint,
    bonus_amount      numeric(14,2) CHECK (bonus_amount >= 0),
    -- NULL (off): views as of the period's end + 48 h. N: views as of N days after the post went up, and
    -- only if the post is still live then.
    view_window_days  integer       CHECK (view_window_days BETWEEN 1 AND 365),
    archived_at       timestamptz,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaigns (organisation_id, id),
    FOREIGN KEY (organisation_id, goal_id) REFERENCES goals (organisation_id, id),
    CHECK (kind <> 'CPM' OR cpm_rate IS NOT NULL),
    CHECK (kind <> 'FLAT_PER_POST' OR flat_fee IS NOT NULL),
    CHECK (kind <> 'GOAL_BONUS' OR (goal_id IS NOT NULL AND bonus_amount IS NOT NULL)),
    UNIQUE (organisation_id, id)
);

CREATE INDEX payout_structures_project ON payout_structures (project_id) WHERE archived_at IS NULL;

-- CPM tiers, marginal like tax brackets: the views of a post from from_views on are paid at cpm_rate
-- (until the next tier's from_views). Without tiers the structure's cpm_rate pays every view.
CREATE TABLE payout_cpm_tiers (
    organisation_id  bigint        NOT NULL,
    structure_id     bigint        NOT NULL,
    from_views       bigint        NOT NULL CHECK (from_views >= 0),
    cpm_rate         numeric(14,2) NOT NULL CHECK (cpm_rate >= 0),
    PRIMARY KEY (structure_id, from_views),
    FOREIGN KEY (organisation_id, structure_id) REFERENCES payout_structures (organisation_id, id) ON DELETE CASCADE
);

-- Where a creator wants to be paid.
CREATE TABLE payout_methods (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('PAYPAL', 'BANK_TRANSFER', 'WISE', 'CHECK', 'OTHER')),
    -- Free text an operator reads (an e-mail, the last digits of an account); never a full account number.
    details          text        NOT NULL CHECK (length(details) BETWEEN 1 AND 500),
    is_default       boolean     NOT NULL DEFAULT false,
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id),
    UNIQUE (organisation_id, id)
);

CREATE UNIQUE INDEX payout_methods_one_default ON payout_methods (creator_id) WHERE is_default AND archived_at IS NULL;
