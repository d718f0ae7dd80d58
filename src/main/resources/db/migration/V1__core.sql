-- Core schema: flows, runs, lines and their messages, people, failures.
-- One script for H2 and MariaDB; ${identity} and ${datetime} differ per database
-- (see FlywayMigration). Avoid column names Flyway's MySQL parser reads as
-- commands (e.g. DELIMITER).

CREATE TABLE flow (
  id ${identity} PRIMARY KEY,
  version BIGINT NOT NULL,
  name VARCHAR(120) NOT NULL,
  description VARCHAR(500),
  source_type VARCHAR(20) NOT NULL,
  active BOOLEAN NOT NULL,
  field_delimiter VARCHAR(4) NOT NULL,
  date_format VARCHAR(40) NOT NULL,
  filter_field VARCHAR(40),
  filter_values VARCHAR(1000),
  created_at ${datetime} NOT NULL,
  CONSTRAINT uk_flow_name UNIQUE (name)
);

CREATE TABLE flow_mapping (
  flow_id BIGINT NOT NULL,
  field VARCHAR(40) NOT NULL,
  column_name VARCHAR(200) NOT NULL,
  PRIMARY KEY (flow_id, field),
  CONSTRAINT fk_flow_mapping_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
);

CREATE TABLE flow_required_field (
  flow_id BIGINT NOT NULL,
  field VARCHAR(40) NOT NULL,
  PRIMARY KEY (flow_id, field),
  CONSTRAINT fk_flow_required_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
);

CREATE TABLE run (
  id ${identity} PRIMARY KEY,
  flow_id BIGINT NOT NULL,
  run_trigger VARCHAR(20) NOT NULL,
  state VARCHAR(20) NOT NULL,
  started_at ${datetime} NOT NULL,
  ended_at ${datetime},
  started_by VARCHAR(100),
  source_name VARCHAR(500),
  source_path VARCHAR(1000),
  job_execution_id BIGINT,
  success_count BIGINT NOT NULL,
  partial_count BIGINT NOT NULL,
  failure_count BIGINT NOT NULL,
  filtered_count BIGINT NOT NULL,
  already_created_count BIGINT NOT NULL,
  error_code VARCHAR(40),
  error_params VARCHAR(2000),
  CONSTRAINT fk_run_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
);
CREATE INDEX ix_run_flow_started ON run (flow_id, started_at);
CREATE INDEX ix_run_state ON run (state);

CREATE SEQUENCE line_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE run_line (
  id BIGINT NOT NULL PRIMARY KEY,
  run_id BIGINT NOT NULL,
  line_number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  external_id VARCHAR(200),
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  email VARCHAR(320),
  source_values VARCHAR(4000),
  CONSTRAINT fk_line_run FOREIGN KEY (run_id) REFERENCES run (id),
  -- A second guard, after the batch checkpoint, against a line written twice.
  CONSTRAINT uk_line_run_number UNIQUE (run_id, line_number)
);
CREATE INDEX ix_line_run_status ON run_line (run_id, status, line_number);

CREATE TABLE line_message (
  line_id BIGINT NOT NULL,
  msg_order INT NOT NULL,
  code VARCHAR(40) NOT NULL,
  severity VARCHAR(10) NOT NULL,
  params VARCHAR(2000),
  PRIMARY KEY (line_id, msg_order),
  CONSTRAINT fk_message_line FOREIGN KEY (line_id) REFERENCES run_line (id)
);

CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 100;

CREATE TABLE person (
  id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  external_id VARCHAR(200),
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  start_date DATE,
  job_title VARCHAR(200),
  department VARCHAR(200),
  created_by_run BIGINT,
  created_at ${datetime} NOT NULL,
  CONSTRAINT uk_person_email UNIQUE (email)
);
CREATE INDEX ix_person_external_id ON person (external_id);

CREATE SEQUENCE failure_seq START WITH 1 INCREMENT BY 500;

CREATE TABLE failure (
  id BIGINT NOT NULL PRIMARY KEY,
  occurred_at ${datetime} NOT NULL,
  occurred_day DATE NOT NULL,
  integration_type VARCHAR(30) NOT NULL,
  scope VARCHAR(20) NOT NULL,
  error_code VARCHAR(40) NOT NULL,
  flow_id BIGINT,
  run_id BIGINT,
  line_number INT
);
CREATE INDEX ix_failure_day_type_code ON failure (occurred_day, integration_type, error_code);
CREATE INDEX ix_failure_run ON failure (run_id);
