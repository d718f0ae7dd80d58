-- Line rules of a flow (issue 7): allowed values per field, the email domains it accepts (each
-- with the entity it stands for), and how old a start date may be.
CREATE TABLE flow_allowed_value (
  flow_id BIGINT NOT NULL,
  field VARCHAR(40) NOT NULL,
  allowed VARCHAR(200) NOT NULL,
  CONSTRAINT fk_flow_allowed_value_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
) ${textTable};
CREATE INDEX ix_flow_allowed_value ON flow_allowed_value (flow_id);

CREATE TABLE flow_email_domain (
  flow_id BIGINT NOT NULL,
  domain VARCHAR(253) NOT NULL,
  entity VARCHAR(120) NOT NULL,
  PRIMARY KEY (flow_id, domain),
  CONSTRAINT fk_flow_email_domain_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
) ${textTable};

ALTER TABLE flow ADD COLUMN start_date_max_age_days INT;
