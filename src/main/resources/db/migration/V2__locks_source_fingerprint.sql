-- Hardening (issue 11): named database locks, the source file's fingerprint on a run,
-- and an index for "newest run of each flow".

-- One row per lock; SELECT ... FOR UPDATE on it serializes who holds it (DatabaseLocks).
CREATE TABLE named_lock (
  name VARCHAR(60) NOT NULL PRIMARY KEY
);
INSERT INTO named_lock (name) VALUES ('people-directory');

-- Where the run's file came from (DROP_ZONE, UPLOAD), and what it was when the run started:
-- a resume checks it is still the same file.
ALTER TABLE run ADD COLUMN source_origin VARCHAR(20);
ALTER TABLE run ADD COLUMN source_size BIGINT;
ALTER TABLE run ADD COLUMN source_modified ${datetime};
ALTER TABLE run ADD COLUMN source_sha256 VARCHAR(64);

-- Runs are listed newest first by id (ids grow with time): per flow, and the last one per flow.
CREATE INDEX ix_run_flow_id ON run (flow_id, id);
