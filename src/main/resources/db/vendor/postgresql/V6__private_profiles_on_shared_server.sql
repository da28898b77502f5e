-- PostgreSQL only (H2 has no row-level security): on a shared server the catalog belongs to the team
-- and each client profile, with everything hanging off it, to the counselor whose server role
-- created it. See docs/decisions/0008-shared-catalog-on-postgresql.md.
-- Runs as the database's owner; counselors' roles get table rights, never schema rights.

ALTER TABLE profile ALTER COLUMN owner SET DEFAULT current_user;
UPDATE profile SET owner = current_user WHERE owner IS NULL;
ALTER TABLE profile ALTER COLUMN owner SET NOT NULL;
CREATE INDEX profile_owner_idx ON profile (owner);

-- FORCE: the owner's role (which ran the migrations) is held to the same rule as everyone else.
ALTER TABLE profile ENABLE ROW LEVEL SECURITY;
ALTER TABLE profile FORCE ROW LEVEL SECURITY;
CREATE POLICY profile_of_owner ON profile
    USING (owner = current_user) WITH CHECK (owner = current_user);

-- Child rows are visible (and writable) exactly when their profile is: the sub-queries below run
-- under the profile policy above.
ALTER TABLE profile_weight ENABLE ROW LEVEL SECURITY;
ALTER TABLE profile_weight FORCE ROW LEVEL SECURITY;
CREATE POLICY profile_weight_of_owner ON profile_weight
    USING (EXISTS (SELECT 1 FROM profile p WHERE p.id = profile_weight.profile_id));

ALTER TABLE session_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_note FORCE ROW LEVEL SECURITY;
CREATE POLICY session_note_of_owner ON session_note
    USING (EXISTS (SELECT 1 FROM profile p WHERE p.id = session_note.profile_id));

ALTER TABLE goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal FORCE ROW LEVEL SECURITY;
CREATE POLICY goal_of_owner ON goal
    USING (EXISTS (SELECT 1 FROM profile p WHERE p.id = goal.profile_id));

ALTER TABLE goal_skill ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_skill FORCE ROW LEVEL SECURITY;
CREATE POLICY goal_skill_of_owner ON goal_skill
    USING (EXISTS (SELECT 1 FROM goal g WHERE g.id = goal_skill.goal_id));

ALTER TABLE candidate ENABLE ROW LEVEL SECURITY;
ALTER TABLE candidate FORCE ROW LEVEL SECURITY;
CREATE POLICY candidate_of_owner ON candidate
    USING (EXISTS (SELECT 1 FROM goal g WHERE g.id = candidate.goal_id));

ALTER TABLE earned_badge ENABLE ROW LEVEL SECURITY;
ALTER TABLE earned_badge FORCE ROW LEVEL SECURITY;
CREATE POLICY earned_badge_of_owner ON earned_badge
    USING (EXISTS (SELECT 1 FROM profile p WHERE p.id = earned_badge.profile_id));

ALTER TABLE earned_badge_skill ENABLE ROW LEVEL SECURITY;
ALTER TABLE earned_badge_skill FORCE ROW LEVEL SECURITY;
CREATE POLICY earned_badge_skill_of_owner ON earned_badge_skill
    USING (EXISTS (SELECT 1 FROM earned_badge b WHERE b.id = earned_badge_skill.badge_id));

-- Who belongs to the team is decided by CONNECT on the database (the README's setup revokes it from
-- PUBLIC and grants it to the counselors' group); inside it every role may use the tables, and the
-- policies above keep the profiles apart. Tables the owner adds later get the same rights.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO PUBLIC;
-- Counselors' apps read the migration history to see that the schema is current, and only the owner changes it.
REVOKE INSERT, UPDATE, DELETE ON ${flyway:table} FROM PUBLIC;
GRANT SELECT ON ${flyway:table} TO PUBLIC;
