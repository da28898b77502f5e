-- A badge can be "not yet valid" (validFrom or JWT nbf in the future) or revoked (by a status list
-- imported with it). The verification CHECK was declared inline without a name, so it cannot be
-- dropped portably; the column is rebuilt instead (ADD / UPDATE / DROP COLUMN, alike on H2 and PostgreSQL).
ALTER TABLE earned_badge ADD COLUMN verification_before VARCHAR(30);
UPDATE earned_badge SET verification_before = verification;
ALTER TABLE earned_badge DROP COLUMN verification;
ALTER TABLE earned_badge ADD COLUMN verification VARCHAR(30) DEFAULT 'NOT_VERIFIABLE_OFFLINE' NOT NULL
    CONSTRAINT earned_badge_verification_check
    CHECK (verification IN ('VERIFIED', 'NOT_VERIFIABLE_OFFLINE', 'INVALID_SIGNATURE', 'EXPIRED',
                            'NOT_YET_VALID', 'REVOKED'));
UPDATE earned_badge SET verification = verification_before;
ALTER TABLE earned_badge DROP COLUMN verification_before;
