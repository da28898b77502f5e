-- Issue #16: the recommendation respects prerequisites where the catalogue has them (CTDL
-- ceterms:prerequisite / isPreparationFor). A row says: credential_id requires prerequisite_id first.
CREATE TABLE credential_prerequisite (
    credential_id    UUID NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    prerequisite_id  UUID NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    PRIMARY KEY (credential_id, prerequisite_id),
    CHECK (credential_id <> prerequisite_id)
);
CREATE INDEX credential_prerequisite_required_idx ON credential_prerequisite (prerequisite_id);
