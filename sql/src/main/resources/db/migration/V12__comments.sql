-- Comments sampled by the comment sweep, with their sentiment. A comment belongs to one post row (so a
-- video tracked by two organisations has a copy in each); the sweep upserts by (post, platform comment
-- id): likes and replies move, the text is kept.
CREATE TABLE comments (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id      bigint      NOT NULL,
    post_id              bigint      NOT NULL,
    platform_comment_id  text        NOT NULL,
    author_handle        text,
    text                 text        NOT NULL DEFAULT '',
    image_count          integer     NOT NULL DEFAULT 0,
    posted_at            timestamptz NOT NULL,
    likes                bigint      NOT NULL DEFAULT 0 CHECK (likes >= 0),
    replies              bigint      NOT NULL DEFAULT 0 CHECK (replies >= 0),
    -- What the scorer made of the text. UNSCORED: emoji only, image only, or a language it has no
    -- lexicon for; such comments are stored but left out of every sentiment figure.
    sentiment            text        NOT NULL CHECK (sentiment IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE', 'UNSCORED')),
    -- VADER's compound score in [-1, 1]; NULL exactly when UNSCORED.
    sentiment_score      double precision CHECK (sentiment_score BETWEEN -1 AND 1),
    unscored_reason      text,
    first_seen_at        timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT comments_once_per_post UNIQUE (post_id, platform_comment_id),
    CONSTRAINT comments_scored_or_not CHECK ((sentiment = 'UNSCORED') = (sentiment_score IS NULL)),
    FOREIGN KEY (organisation_id, post_id) REFERENCES posts (organisation_id, id)
);

-- The radar reads a project's comments by time; the video endpoint by post.
CREATE INDEX comments_by_post ON comments (post_id, posted_at DESC);
CREATE INDEX comments_by_organisation_time ON comments (organisation_id, posted_at DESC);

-- When each post was last swept, so posts never swept (new since the last sweep) always go first.
ALTER TABLE posts ADD COLUMN comments_swept_at timestamptz;
