-- Exports too large to stream in one request run as JobRunr jobs; this is their record and download.
CREATE TABLE payout_exports (
    id               uuid        PRIMARY KEY,
    organisation_id  bigint      NOT NULL,
    project_id       bigint      NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('ACCRUALS', 'PAYMENTS')),
    from_date        date        NOT NULL,
    to_date          date        NOT NULL,
    bom              boolean     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    lines            bigint      NOT NULL DEFAULT 0,
    file_path        text,
    message          text,
    requested_at     timestamptz NOT NULL,
    finished_at      timestamptz,
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    CHECK (from_date <= to_date)
);

CREATE INDEX payout_exports_project ON payout_exports (project_id, requested_at DESC);
