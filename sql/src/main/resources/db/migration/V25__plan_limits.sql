-- Plan limits (issue 5): a creator an organisation removes through the API stops being tracked and no longer counts
-- against its plan, but keeps its posts and history. It is DISABLED with the reason REMOVED; only adding its handle
-- again (which counts against the plan) brings it back.
ALTER TABLE creators DROP CONSTRAINT creators_disabled_reason_check;
ALTER TABLE creators ADD CONSTRAINT creators_disabled_reason_check
    CHECK (disabled_reason IN ('ACCOUNT_DELETED', 'ACCOUNT_PRIVATE', 'UNREACHABLE', 'REMOVED'));

-- Projects are listed by (created_at, id), the cursor holding both.
CREATE INDEX projects_organisation_created ON projects (organisation_id, created_at, id);

-- An override names one of the limits the code knows (io.herdbook.api.limits.LimitName).
ALTER TABLE limit_overrides ADD CONSTRAINT limit_overrides_limit_name_check
    CHECK (limit_name IN ('creators', 'tracked_videos', 'projects', 'api_requests_per_day', 'manual_refreshes_per_day',
                          'organisations_per_user'));
