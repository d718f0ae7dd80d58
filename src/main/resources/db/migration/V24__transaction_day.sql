-- Monitoring (issue 9): daily roll-ups of failed and successful transactions, kept up to date in
-- the transaction that writes what they count (TransactionDays), so the dashboard reads a few
-- thousand rows instead of millions of failures and lines.
-- tx_day and tx_count: DAY is a reserved word of H2.
-- code: an HTTP status or one of our ErrorCode names for failures, '' for successes.
-- source_id: the flow (inbound types) or webhook endpoint (outbound), 0 when there is none.
-- slot: a small hash of the writer (run, thread) so parallel runs do not all queue on one row;
-- readers sum over slots.
CREATE TABLE transaction_day (
  tx_day DATE NOT NULL,
  integration_type VARCHAR(30) NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  code VARCHAR(40) NOT NULL,
  source_id BIGINT NOT NULL,
  slot SMALLINT NOT NULL,
  tx_count BIGINT NOT NULL,
  PRIMARY KEY (tx_day, integration_type, outcome, code, source_id, slot)
);
-- The details of one (type, source, code): its days without a scan of the period.
CREATE INDEX ix_transaction_day_source ON transaction_day (integration_type, source_id, code, outcome, tx_day);
-- The recent failures of one endpoint and code, newest first (failure details).
CREATE INDEX ix_failure_endpoint_code ON failure (endpoint_id, error_code, id);

-- Back-fill: failures as recorded so far.
INSERT INTO transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
SELECT occurred_day, integration_type, 'FAILURE', error_code, COALESCE(flow_id, endpoint_id, 0), 0, COUNT(*)
FROM failure
GROUP BY occurred_day, integration_type, error_code, COALESCE(flow_id, endpoint_id, 0);

-- Lines imported (Success and Partial success) by real runs, on the day the run started.
INSERT INTO transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
SELECT CAST(r.started_at AS DATE),
       CASE WHEN f.source_type = 'HRIS_API' THEN 'INBOUND_HRIS_API' ELSE 'INBOUND_FILE' END,
       'SUCCESS', '', r.flow_id, 0, SUM(r.success_count + r.partial_count)
FROM run r JOIN flow f ON f.id = r.flow_id
WHERE r.dry_run = FALSE
GROUP BY CAST(r.started_at AS DATE),
         CASE WHEN f.source_type = 'HRIS_API' THEN 'INBOUND_HRIS_API' ELSE 'INBOUND_FILE' END,
         r.flow_id
HAVING SUM(r.success_count + r.partial_count) > 0;

-- Inbound HRIS webhook events accepted (a failed sync is counted as a failure instead).
INSERT INTO transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
SELECT CAST(received_at AS DATE), 'INBOUND_WEBHOOK', 'SUCCESS', '', flow_id, 0, COUNT(*)
FROM inbound_event
WHERE sync_state IS NULL OR sync_state NOT IN ('CANCELLED', 'FAILED', 'TIMED_OUT', 'AUTHENTICATION_FAILED')
GROUP BY CAST(received_at AS DATE), flow_id;

-- Outbound webhook calls answered 2xx, on the day of the attempt.
INSERT INTO transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
SELECT CAST(a.started_at AS DATE), 'OUTBOUND_WEBHOOK', 'SUCCESS', '', m.endpoint_id, 0, COUNT(*)
FROM webhook_attempt a JOIN webhook_message m ON m.id = a.message_id
WHERE a.http_status BETWEEN 200 AND 299
GROUP BY CAST(a.started_at AS DATE), m.endpoint_id;

-- Demo history (DemoHistory, demo profile only): past failures and successes seeded so the
-- dashboard has trends on a fresh demo; flagged so pages say so. Seeded roll-ups use a slot no
-- writer uses, so a real count never lands on a demo row.
ALTER TABLE transaction_day ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE failure ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
