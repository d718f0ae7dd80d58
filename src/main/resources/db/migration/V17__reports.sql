-- Reports (issue 7, the classic interface): indexes for the cross-flow pages.
-- The summary of errors by flow groups failures of a period by flow and code: this index
-- covers it (a range of days read from the index alone, no row lookups).
CREATE INDEX ix_failure_day_flow_code ON failure (occurred_day, flow_id, error_code);
-- The failures of one flow and code, newest first (keyset by id): a range of this index.
CREATE INDEX ix_failure_flow_code ON failure (flow_id, error_code, id);
-- The history of every flow over a period, and the runs a person search probes.
CREATE INDEX ix_run_started ON run (started_at);
