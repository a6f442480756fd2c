-- Tenancy: every table that holds a tenant's data carries organisation_id, and every query is scoped by it.
CREATE TABLE organisations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE projects (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id),
    slug             text        NOT NULL,
    name             text        NOT NULL,
    -- Periods (goals, exports) are whole days in this zone, as half-open UTC intervals.
    time_zone        text        NOT NULL DEFAULT 'UTC',
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, slug),
    -- Lets child tables reference (organisation_id, id) so a row can never point into another tenant.
    UNIQUE (organisation_id, id)
);
