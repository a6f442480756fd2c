-- deep-reconcile's record per creator: when its whole post list was last walked, and where a walk that the run's
-- fetch budget cut off stands, so the next run continues from there instead of starting again at the top.
CREATE TABLE creator_deep_scans (
    organisation_id  bigint      NOT NULL,
    creator_id       bigint      NOT NULL PRIMARY KEY,
    -- The slot of the run that finished the last whole walk; NULL until one finished. "Due again" counts from it.
    scanned_at       timestamptz,
    -- The tracking start that walk went down to: a tracking start moved back before it makes the creator due at once.
    scanned_from     timestamptz,
    -- The cursor an unfinished walk reached (the next list page to ask for); NULL when no walk is under way.
    resume_cursor    text,
    -- The profile's post count when that walk finished: a count grown past it while posts are missing (a posting
    -- burst that discovery's pages did not reach) makes the creator due again before its 30 days are up; a gap that
    -- was there at the end of the walk (hidden or deleted posts the profile still counts) does not.
    profile_posts_at_scan bigint,
    -- Posts the walks added, over all runs (for the log and operators; not an idempotency key).
    posts_added      bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL,
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id)
);
