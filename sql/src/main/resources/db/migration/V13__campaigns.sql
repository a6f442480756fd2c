-- A campaign groups some of a project's creators under a name and, optionally, a budget. Goals and payout
-- structures belong to a project and may be narrowed to one campaign. (Issue 5 adds the campaign API's
-- items; this table is what goals and payouts need.)
CREATE TABLE campaigns (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint        NOT NULL,
    project_id       bigint        NOT NULL,
    name             text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- NULL: no budget. Otherwise accruals of the campaign's payout structures stop when it is spent, in the
    -- order each line qualified; what could not be funded is recorded on the line, never dropped.
    budget           numeric(14,2) CHECK (budget >= 0),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    UNIQUE (organisation_id, id)
);

CREATE TABLE campaign_creators (
    organisation_id  bigint NOT NULL,
    campaign_id      bigint NOT NULL,
    creator_id       bigint NOT NULL,
    PRIMARY KEY (campaign_id, creator_id),
    FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaigns (organisation_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);
