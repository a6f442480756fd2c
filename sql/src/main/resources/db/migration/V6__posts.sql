CREATE TABLE posts (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id      bigint      NOT NULL,
    creator_id           bigint      NOT NULL,
    platform             text        NOT NULL DEFAULT 'tiktok',
    -- The platform's id: an unsigned 64-bit number, kept as its decimal text (it passes 2^63 in 2038).
    platform_post_id     text        NOT NULL CHECK (platform_post_id ~ '^[0-9]{1,20}$'),
    kind                 text        NOT NULL CHECK (kind IN ('VIDEO', 'PHOTO')),
    image_count          integer     NOT NULL DEFAULT 0,
    url                  text        NOT NULL,
    caption              text        NOT NULL DEFAULT '',
    posted_at            timestamptz NOT NULL,
    -- True when posted_at is id >>> 32 (the upload start, a lower bound), not the payload's createTime.
    posted_at_approximate boolean    NOT NULL DEFAULT false,
    tracked              boolean     NOT NULL DEFAULT true,
    first_seen_at        timestamptz NOT NULL,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id),
    -- The idempotency key of discovery: a post is known once per tracked creator, however often it is seen.
    UNIQUE (creator_id, platform, platform_post_id),
    UNIQUE (organisation_id, id)
);

-- "Stop at the first known post" and the per-creator post listing read posts newest first.
CREATE INDEX posts_creator_posted_at ON posts (creator_id, posted_at DESC, id DESC);
-- Stats refresh walks tracked posts in id order.
CREATE INDEX posts_tracked_id ON posts (id) WHERE tracked;
