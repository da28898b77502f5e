-- Re-importing a badge finds the earlier import of the same credential (by its id) on the same
-- profile and updates it; this index keeps that lookup cheap.
CREATE INDEX earned_badge_external_idx ON earned_badge (profile_id, external_id);
