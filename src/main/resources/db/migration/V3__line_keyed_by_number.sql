-- Lines keyed by run and line number: the report pages by line number (keyset paging reads only
-- what it shows), the writer inserts them with plain batched JDBC (no id to draw), and a line's
-- messages live in the line (one row per line, not one per message). Search keys are normalised
-- copies (lower case, no accents, cut to 100) with an index each, so a search is a prefix range
-- of an index, never a scan of the run.
-- Built beside the old table, filled by V3.1 (run.LineTableMigration, Java: the same message
-- fitting and keys as the import), swapped in by V3_2.
CREATE TABLE run_line_v3 (
  run_id BIGINT NOT NULL,
  line_number INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  external_id VARCHAR(200),
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  email VARCHAR(320),
  source_values VARCHAR(4000),
  messages VARCHAR(4000),
  email_key VARCHAR(100) ${exact},
  id_key VARCHAR(100) ${exact},
  name_key VARCHAR(100) ${exact},
  reversed_name_key VARCHAR(100) ${exact},
  PRIMARY KEY (run_id, line_number),
  CONSTRAINT fk_run_line_run FOREIGN KEY (run_id) REFERENCES run (id)
) ${textTable};
CREATE INDEX ix_run_line_status ON run_line_v3 (run_id, status, line_number);
CREATE INDEX ix_run_line_email_key ON run_line_v3 (run_id, email_key, line_number);
CREATE INDEX ix_run_line_id_key ON run_line_v3 (run_id, id_key, line_number);
CREATE INDEX ix_run_line_name_key ON run_line_v3 (run_id, name_key, line_number);
CREATE INDEX ix_run_line_reversed_name_key ON run_line_v3 (run_id, reversed_name_key, line_number);
