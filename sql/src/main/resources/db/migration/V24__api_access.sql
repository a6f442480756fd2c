-- API access (issue 5): people, their place in organisations, the keys they call the API with, and what
-- every write left behind (idempotent replies, the audit log, the day's usage against the plan's limits).

-- A person. No password: in this version a person acts only through API keys.
CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text        NOT NULL UNIQUE CHECK (email = lower(email)),
    name            text        NOT NULL DEFAULT '',
    -- Platform operators (plan tiers, limit overrides, job controls); never granted through the API.
    platform_admin  boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    organisation_id bigint      NOT NULL REFERENCES organisations (id),
    user_id         bigint      NOT NULL REFERENCES users (id),
    role            text        NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

-- A key is its holder's membership's: dropping the membership leaves the key unable to authenticate.
CREATE TABLE api_keys (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      NOT NULL,
    user_id         bigint      NOT NULL,
    name            text        NOT NULL,
    -- The key's first characters, shown in lists so a person can tell keys apart; never enough to use.
    prefix          text        NOT NULL,
    -- SHA-256 of the whole key: the secret itself is shown once, at creation, and never stored.
    secret_sha256   bytea       NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),
    scopes          text[]      NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin'] AND cardinality(scopes) > 0),
    created_at      timestamptz NOT NULL,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    FOREIGN KEY (organisation_id, user_id) REFERENCES memberships (organisation_id, user_id) ON DELETE CASCADE,
    UNIQUE (organisation_id, id)
);

CREATE TABLE invitations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      NOT NULL REFERENCES organisations (id),
    email           text        NOT NULL CHECK (email = lower(email)),
    role            text        NOT NULL CHECK (role IN ('admin', 'member')),
    token_sha256    bytea       NOT NULL UNIQUE,
    invited_by      bigint      NOT NULL REFERENCES users (id),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    UNIQUE (organisation_id, id)
);

-- An Idempotency-Key is the caller's organisation's: the same string from two organisations is two keys (C16).
-- The row is claimed by a unique insert in the same transaction as the write it guards (C15): a second request
-- waits for the first to commit and then replays its reply; a first attempt that failed rolled its claim back.
CREATE TABLE idempotency_keys (
    organisation_id bigint      NOT NULL REFERENCES organisations (id),
    idempotency_key text        NOT NULL,
    -- SHA-256 of method, path, query and body: the same key with another request is refused (422).
    request_sha256  bytea       NOT NULL,
    status          int         NOT NULL,
    content_type    text,
    location        text,
    body            bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Every accepted write, committed with it: who (key and user), what (the route), which resource, before/after.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      NOT NULL REFERENCES organisations (id),
    api_key_id      bigint,
    user_id         bigint,
    action          text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     text,
    status          int         NOT NULL,
    before          jsonb,
    after           jsonb,
    at              timestamptz NOT NULL
);
CREATE INDEX audit_log_organisation_at ON audit_log (organisation_id, at DESC, id DESC);

-- Plan tiers. The tier's limits are code (io.herdbook.api.access.Plan); overrides are rows.
ALTER TABLE organisations ADD COLUMN plan text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'starter', 'ultra'));

-- An override replaces the tier's figure for one organisation or one user (organisations per user).
CREATE TABLE limit_overrides (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      REFERENCES organisations (id),
    user_id         bigint      REFERENCES users (id),
    limit_name      text        NOT NULL,
    value           bigint      NOT NULL CHECK (value >= 0),
    CHECK ((organisation_id IS NULL) <> (user_id IS NULL)),
    UNIQUE NULLS NOT DISTINCT (organisation_id, user_id, limit_name)
);

-- Per-day counters (API requests, manual refreshes), raised by one conditional upsert so two nodes can never
-- admit more than the limit between them.
CREATE TABLE usage_counters (
    organisation_id bigint      NOT NULL REFERENCES organisations (id),
    counter         text        NOT NULL,
    day             date        NOT NULL,
    used            bigint      NOT NULL,
    PRIMARY KEY (organisation_id, counter, day)
);
