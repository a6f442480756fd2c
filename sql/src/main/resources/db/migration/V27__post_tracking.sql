-- Issue 5: a post's tracking status, and a project's tracking inbox.
--   PENDING  found by discovery in a project that reviews what it finds; not tracked until approved
--   TRACKED  stats refreshed, counted by goals, compliance and payouts
--   EXCLUDED an operator stopped tracking it; its history is kept
--   EXPIRED  its tracking window ended (set by no code yet; readable and filterable already)
-- posts.tracked stays, as the jobs' and reports' reads of it (p.tracked) need: a trigger keeps it true exactly when
-- the status is TRACKED, and the CHECK proves it. A writer that still sets only tracked (older code, tests) moves the
-- status with it: true is TRACKED, false is EXCLUDED.
ALTER TABLE posts ADD COLUMN tracking_status text;
UPDATE posts SET tracking_status = CASE WHEN tracked THEN 'TRACKED' ELSE 'EXCLUDED' END;
ALTER TABLE posts
    ALTER COLUMN tracking_status SET NOT NULL,
    ADD CONSTRAINT posts_tracking_status_known CHECK (tracking_status IN ('PENDING', 'TRACKED', 'EXCLUDED', 'EXPIRED')),
    ADD CONSTRAINT posts_tracked_is_status CHECK (tracked = (tracking_status = 'TRACKED'));

CREATE FUNCTION posts_tracking_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.tracking_status IS NULL THEN
            NEW.tracking_status := CASE WHEN NEW.tracked THEN 'TRACKED' ELSE 'EXCLUDED' END;
        END IF;
    ELSIF NEW.tracking_status IS NOT DISTINCT FROM OLD.tracking_status AND NEW.tracked IS DISTINCT FROM OLD.tracked THEN
        NEW.tracking_status := CASE WHEN NEW.tracked THEN 'TRACKED' ELSE 'EXCLUDED' END;
    END IF;
    NEW.tracked := NEW.tracking_status = 'TRACKED';
    RETURN NEW;
END
$$;

CREATE TRIGGER posts_tracking_sync BEFORE INSERT OR UPDATE OF tracked, tracking_status ON posts
    FOR EACH ROW EXECUTE FUNCTION posts_tracking_sync();

-- The API lists a project's videos by status newest first, keyset (posted_at, id); posts carry no project_id, so
-- the creators of the project are joined and each creator's index (creator_id, posted_at DESC, id DESC) serves it.
CREATE INDEX posts_creator_status_posted_at ON posts (creator_id, tracking_status, posted_at DESC, id DESC);

-- Off: discovery's finds are tracked at once (as before). On: they land PENDING in the project's inbox.
ALTER TABLE projects ADD COLUMN review_discovered boolean NOT NULL DEFAULT false;

-- A video added by link is found by its platform id within the organisation, whoever the link names as its author.
CREATE INDEX posts_organisation_platform_post ON posts (organisation_id, platform_post_id);
