-- One row per creator per observation slot: what the profile said. Counts are NULL when unknown.
CREATE TABLE creator_snapshots (
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL,
    observed_at      timestamptz NOT NULL,
    fetched_at       timestamptz NOT NULL,
    followers        bigint,
    following        bigint,
    likes_received   bigint,
    post_count       bigint,
    private_account  boolean     NOT NULL,
    exact_counts     boolean     NOT NULL,
    PRIMARY KEY (creator_id, observed_at),
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);
