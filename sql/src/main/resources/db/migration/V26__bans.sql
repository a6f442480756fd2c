-- Bans (issue 5): a platform operator suspends an organisation or a person. Every key of a banned organisation, and
-- every key of a banned person in any organisation, is refused (403 "suspended") until the ban is lifted; nothing
-- is deleted, so lifting it restores everything as it was.
ALTER TABLE organisations ADD COLUMN banned_at timestamptz, ADD COLUMN ban_reason text CHECK (length(ban_reason) BETWEEN 1 AND 500);
ALTER TABLE users ADD COLUMN banned_at timestamptz, ADD COLUMN ban_reason text CHECK (length(ban_reason) BETWEEN 1 AND 500);
