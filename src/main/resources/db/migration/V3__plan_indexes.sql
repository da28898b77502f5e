-- Case-insensitive catalog order that stays fast at 100k rows. Neither H2 nor PostgreSQL can use a
-- plain index for ORDER BY LOWER(title) the same way, so the lower-cased title is stored beside it
-- (kept by CatalogRepository.save) and indexed together with the id, the tie breaker.
ALTER TABLE credential ADD COLUMN title_sort VARCHAR(500);
UPDATE credential SET title_sort = LOWER(title);
ALTER TABLE credential ALTER COLUMN title_sort SET NOT NULL;
CREATE INDEX credential_title_sort_idx ON credential (title_sort, id);

-- Candidates are listed per goal in plan order.
CREATE INDEX candidate_goal_order_idx ON candidate (goal_id, sort_order);

-- Skill pickers suggest labels already used in goals.
CREATE INDEX goal_skill_label_idx ON goal_skill (label);
