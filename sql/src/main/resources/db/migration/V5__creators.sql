CREATE TABLE creators (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id   bigint      NOT NULL,
    project_id        bigint      NOT NULL,
    platform          text        NOT NULL DEFAULT 'tiktok',
    handle            text        NOT NULL,
    platform_user_id  text,
    sec_uid           text,
    -- ACTIVE, PRIVATE, NOT_FOUND, DISABLED: what the last profile fetch said, or an operator's decision.
    status            text        NOT NULL DEFAULT 'ACTIVE'
                      CHECK (status IN ('ACTIVE', 'PRIVATE', 'NOT_FOUND', 'DISABLED')),
    -- Discovery ignores posts created before this instant.
    tracking_start    timestamptz NOT NULL DEFAULT '1970-01-01T00:00:00Z',
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    UNIQUE (project_id, platform, handle),
    UNIQUE (organisation_id, id)
);

-- Discovery reads the active creators of every project in id order.
CREATE INDEX creators_status_id ON creators (status, id);
