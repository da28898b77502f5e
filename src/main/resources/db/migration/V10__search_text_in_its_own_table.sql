-- Issue #17: a search (the command line's, and the catalog's paged filter) tests the lower-cased
-- search text of every credential. Kept in the credential table, H2 reads each row whole to test
-- that one column: about 1.0 s of CPU from cold at 100,000 credentials, against 0.3 s for a table
-- that holds only the id and the text. The text moves to a table of its own, one row per credential.
CREATE TABLE credential_search (
    credential_id  UUID           NOT NULL PRIMARY KEY REFERENCES credential (id) ON DELETE CASCADE,
    -- Lower-cased title, provider name and skill labels.
    search_text    VARCHAR(4000)  NOT NULL
);
INSERT INTO credential_search (credential_id, search_text) SELECT id, search_text FROM credential;
ALTER TABLE credential DROP COLUMN search_text;
