-- Outbound absence webhooks (issue 8, seeds 001 and 002).
-- Leave accounts and absence requests of the directory's people.
CREATE TABLE leave_account (
  id ${identity} PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  category_id BIGINT,
  category_name VARCHAR(200),
  unit VARCHAR(10) NOT NULL
) ${textTable};

CREATE TABLE absence (
  id ${identity} PRIMARY KEY,
  owner_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  start_date DATE NOT NULL,
  starts_afternoon BOOLEAN NOT NULL,
  end_date DATE NOT NULL,
  ends_morning BOOLEAN NOT NULL,
  duration_minutes INT,
  status VARCHAR(20) NOT NULL,
  created_at ${datetime} NOT NULL,
  confirmed_at ${datetime},
  cancelled_at ${datetime},
  deleted_at ${datetime},
  created_by VARCHAR(100),
  version BIGINT NOT NULL,
  CONSTRAINT fk_absence_owner FOREIGN KEY (owner_id) REFERENCES person (id),
  CONSTRAINT fk_absence_account FOREIGN KEY (account_id) REFERENCES leave_account (id)
) ${textTable};
CREATE INDEX ix_absence_owner ON absence (owner_id, start_date);
CREATE INDEX ix_absence_created ON absence (created_at, id);

-- Customer endpoints: URL, Basic authorization key (sealed, secret.SecretBox), events mode.
CREATE TABLE webhook_endpoint (
  id ${identity} PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  url VARCHAR(2000) NOT NULL,
  auth_key_sealed VARCHAR(4000),
  signing_secret_sealed VARCHAR(4000),
  events_mode VARCHAR(20) NOT NULL,
  active BOOLEAN NOT NULL,
  created_at ${datetime} NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_webhook_endpoint_name UNIQUE (name)
) ${textTable};

-- The outbox: one message per endpoint, leave (half-day) and event, written in the transaction
-- that changed the absence. Workers claim due messages (status PENDING, next_attempt_at passed,
-- no earlier message of the same leave and endpoint still undelivered) with a lease.
CREATE TABLE webhook_message (
  id BIGINT NOT NULL PRIMARY KEY,
  endpoint_id BIGINT NOT NULL,
  absence_id BIGINT NOT NULL,
  leave_id VARCHAR(60) ${exact} NOT NULL,
  leave_date DATE NOT NULL,
  owner_id BIGINT NOT NULL,
  event VARCHAR(20) NOT NULL,
  payload VARCHAR(4000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at ${datetime} NOT NULL,
  created_at ${datetime} NOT NULL,
  delivered_at ${datetime},
  last_http_status INT,
  last_error_code VARCHAR(40),
  claimed_by VARCHAR(200),
  claimed_until ${datetime},
  processed_by VARCHAR(100),
  processed_at ${datetime},
  processed_note VARCHAR(1000),
  CONSTRAINT fk_webhook_message_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id),
  CONSTRAINT fk_webhook_message_absence FOREIGN KEY (absence_id) REFERENCES absence (id)
) ${textTable};
CREATE SEQUENCE webhook_message_seq START WITH 1 INCREMENT BY 1000;
CREATE INDEX ix_webhook_message_due ON webhook_message (status, next_attempt_at);
CREATE INDEX ix_webhook_message_leave ON webhook_message (endpoint_id, leave_id, id);
CREATE INDEX ix_webhook_message_endpoint ON webhook_message (endpoint_id, status, id);
CREATE INDEX ix_webhook_message_created ON webhook_message (created_at, id);
CREATE INDEX ix_webhook_message_owner ON webhook_message (owner_id, id);

-- Every attempt of a message: when, how long, the answer (its first 4 KB) or the error.
CREATE TABLE webhook_attempt (
  id BIGINT NOT NULL PRIMARY KEY,
  message_id BIGINT NOT NULL,
  attempt_number INT NOT NULL,
  started_at ${datetime} NOT NULL,
  duration_ms BIGINT NOT NULL,
  http_status INT,
  error_code VARCHAR(40),
  error_detail VARCHAR(1000),
  response_excerpt VARCHAR(4096),
  claimed_by VARCHAR(200),
  CONSTRAINT uk_webhook_attempt UNIQUE (message_id, attempt_number),
  CONSTRAINT fk_webhook_attempt_message FOREIGN KEY (message_id) REFERENCES webhook_message (id)
) ${textTable};
CREATE SEQUENCE webhook_attempt_seq START WITH 1 INCREMENT BY 1000;

-- Failures of outbound webhooks point at their endpoint and message, not at a flow and run.
ALTER TABLE failure ADD COLUMN endpoint_id BIGINT;
ALTER TABLE failure ADD COLUMN message_id BIGINT;
CREATE INDEX ix_failure_endpoint ON failure (endpoint_id, occurred_day);
