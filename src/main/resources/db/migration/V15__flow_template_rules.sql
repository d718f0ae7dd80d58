-- Template rules of a journey creation flow (issue 7, seed 000's "if the contract type is
-- permanent and the nationality French, then template X"): ordered; the first rule whose every
-- condition holds chooses the line's journey template. Conditions are encoded field=value pairs.
CREATE TABLE flow_template_rule (
  flow_id BIGINT NOT NULL,
  rule_order INT NOT NULL,
  template VARCHAR(120) NOT NULL,
  conditions VARCHAR(2000) NOT NULL,
  PRIMARY KEY (flow_id, rule_order),
  CONSTRAINT fk_flow_template_rule_flow FOREIGN KEY (flow_id) REFERENCES flow (id)
) ${textTable};
