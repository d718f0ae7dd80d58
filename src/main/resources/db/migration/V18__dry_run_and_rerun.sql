-- Dry runs and re-runs of failed lines (issue 7). A dry run evaluates and reports every line but
-- creates nobody and advances no source; the flag is set when the run starts and never changes.
-- A re-run reads the file of the run it re-runs (rerun_of) again, only its Failure lines; the
-- index finds the re-runs of a run (its page, its lines' "re-run in run #M").
ALTER TABLE run ADD COLUMN dry_run BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE run ADD COLUMN rerun_of BIGINT;
CREATE INDEX ix_run_rerun_of ON run (rerun_of);
