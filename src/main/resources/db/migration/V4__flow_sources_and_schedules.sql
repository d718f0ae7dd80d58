-- Sources and schedules (issue 10): an SFTP or HRIS API connection and a schedule per flow.
-- Secrets (password, private key, API key, webhook secret) hold sealed text (secret.SecretBox),
-- never clear values.
ALTER TABLE flow ADD COLUMN sftp_host VARCHAR(255);
ALTER TABLE flow ADD COLUMN sftp_port INT;
ALTER TABLE flow ADD COLUMN sftp_user VARCHAR(120);
ALTER TABLE flow ADD COLUMN sftp_password VARCHAR(1000);
ALTER TABLE flow ADD COLUMN sftp_private_key VARCHAR(6000);
ALTER TABLE flow ADD COLUMN sftp_host_key VARCHAR(100);
ALTER TABLE flow ADD COLUMN sftp_remote_folder VARCHAR(500);
ALTER TABLE flow ADD COLUMN sftp_file_pattern VARCHAR(200);
ALTER TABLE flow ADD COLUMN sftp_archive_folder VARCHAR(500);
ALTER TABLE flow ADD COLUMN sftp_failed_folder VARCHAR(500);
ALTER TABLE flow ADD COLUMN hris_base_url VARCHAR(500);
ALTER TABLE flow ADD COLUMN hris_integration_id VARCHAR(200);
ALTER TABLE flow ADD COLUMN hris_api_key VARCHAR(1000);
ALTER TABLE flow ADD COLUMN hris_webhook_secret VARCHAR(1000);
ALTER TABLE flow ADD COLUMN hris_updated_after ${datetime};
ALTER TABLE flow ADD COLUMN schedule_cron VARCHAR(120);
ALTER TABLE flow ADD COLUMN schedule_zone VARCHAR(60);

-- Every remote file a flow took, so that none is imported twice: the same name, size and time
-- is never downloaded again, the same content (SHA-256) never imported again. moved_to is where
-- the file went on the server once its run ended (null: still in the remote folder).
CREATE TABLE source_file (
  id ${identity} PRIMARY KEY,
  flow_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  size_bytes BIGINT NOT NULL,
  modified_at ${datetime} NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  run_id BIGINT,
  outcome VARCHAR(20) NOT NULL,
  seen_at ${datetime} NOT NULL,
  moved_to VARCHAR(500),
  CONSTRAINT uk_source_file UNIQUE (flow_id, name, size_bytes, modified_at),
  CONSTRAINT fk_source_file_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
) ${textTable};
CREATE INDEX ix_source_file_sha ON source_file (flow_id, sha256);
CREATE INDEX ix_source_file_run ON source_file (run_id);

-- When a run began reading its API source: the next read asks for changes since then, once
-- this one succeeded (seed 004's updated_after).
ALTER TABLE run ADD COLUMN source_read_at ${datetime};
