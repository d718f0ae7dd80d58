-- What each scheduled or webhook trigger of a flow did (issue 10): started a run, or was skipped
-- because a run of the flow was in progress (one run per flow at a time, never queued).
CREATE TABLE flow_trigger (
  id ${identity} PRIMARY KEY,
  flow_id BIGINT NOT NULL,
  fired_at ${datetime} NOT NULL,
  source VARCHAR(20) NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  run_id BIGINT,
  detail VARCHAR(500),
  CONSTRAINT fk_flow_trigger_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
);
CREATE INDEX ix_flow_trigger_flow ON flow_trigger (flow_id, id);
