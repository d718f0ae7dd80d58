-- Journey creation flows (issue 7): a flow creates directory profiles or onboarding journeys.
-- One journey per person (its email, compared byte for byte like the directory's): a second line
-- for that person is "Already created".
ALTER TABLE flow ADD COLUMN purpose VARCHAR(30) DEFAULT 'DIRECTORY_UPDATE' NOT NULL;
ALTER TABLE flow ADD COLUMN default_template VARCHAR(120);

CREATE SEQUENCE journey_seq START WITH 1 INCREMENT BY 1000;
CREATE TABLE journey (
  id BIGINT NOT NULL PRIMARY KEY,
  person_email VARCHAR(320) ${exact} NOT NULL,
  template VARCHAR(120) NOT NULL,
  start_date DATE,
  manager_email VARCHAR(320),
  hr_email VARCHAR(320),
  flow_id BIGINT NOT NULL,
  run_id BIGINT NOT NULL,
  line_number INT NOT NULL,
  created_at ${datetime} NOT NULL,
  CONSTRAINT uk_journey_person UNIQUE (person_email)
) ${textTable};
CREATE INDEX ix_journey_run ON journey (run_id, line_number);
