-- Webhook events received from HRIS APIs (issue 10), one row per event id and flow: a delivery
-- repeated (webhooks are at least once) is recognised and starts no second run.
CREATE TABLE inbound_event (
  id ${identity} PRIMARY KEY,
  flow_id BIGINT NOT NULL,
  event_id VARCHAR(100) ${exact} NOT NULL,
  event_type VARCHAR(40) NOT NULL,
  sync_state VARCHAR(40),
  received_at ${datetime} NOT NULL,
  CONSTRAINT uk_inbound_event UNIQUE (flow_id, event_id),
  CONSTRAINT fk_inbound_event_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
);
