-- Issue 4, items 4 and 5: refresh cadence and accuracy rules.

-- A snapshot whose counts fell below the post's last good one by more than herdbook.refresh.suspect-drop is
-- kept as evidence but held: it never moves post_stats_latest and no goal or payout reads it. Added to the
-- partitioned parent, so every monthly partition (and the default one) gets the columns.
ALTER TABLE post_stats_snapshots
    ADD COLUMN suspect        boolean NOT NULL DEFAULT false,
    ADD COLUMN suspect_reason text,
    ADD CONSTRAINT post_stats_snapshots_suspect_has_reason CHECK (suspect = (suspect_reason IS NOT NULL));

-- The post's cover image as the platform last showed it (video.cover, imagePost.cover, oEmbed thumbnail_url).
-- NULL until a source carries one; a source without one never clears it.
ALTER TABLE posts ADD COLUMN thumbnail_url text;

-- The refresh reader's "when was this post last tried": its newest stats-refresh attempt, one index probe per post.
CREATE INDEX fetch_attempts_refresh_post_latest ON fetch_attempts (post_id, observed_at DESC)
    WHERE job_name = 'stats-refresh' AND post_id IS NOT NULL;
