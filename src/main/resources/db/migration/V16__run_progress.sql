-- Live progress of a run (issue 7, Activity page): the data records of its file, counted once by
-- the check step, so a run in progress shows "N of M lines". Null for runs from before, and for a
-- run whose file could not be counted: the page then shows the lines done only.
-- The period of the Activity page's line view reads ix_run_flow_started (flow_id, started_at), V1.
ALTER TABLE run ADD COLUMN source_lines BIGINT;
