-- A stand-in for a future schema change: tests open a database with this extra location to see
-- that a pending migration is preceded by a backup.
CREATE TABLE upgrade_probe (
    id  INTEGER NOT NULL PRIMARY KEY
);
