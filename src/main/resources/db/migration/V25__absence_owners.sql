-- The webhook tracking page's person filter (issue 8) searches the people who have absences, the
-- only ones with messages, by the start of their email, first or last name. It read the whole
-- directory through two name indexes on person (V23); every new person of an import updated both
-- (general_ci comparisons at random places), and that cost an import on MariaDB a fifth of its
-- speed (issue 6). Those indexes are dropped (V25_1) and the owners of absences get their own
-- small table, filled when their first absence is created. People are never renamed (the
-- directory only creates profiles), so the copied names stay true.
CREATE TABLE absence_owner (
  person_id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(320) ${exact} NOT NULL,
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  CONSTRAINT fk_absence_owner_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${textTable};
CREATE INDEX ix_absence_owner_email ON absence_owner (email);
CREATE INDEX ix_absence_owner_first_name ON absence_owner (first_name);
CREATE INDEX ix_absence_owner_last_name ON absence_owner (last_name);
INSERT INTO absence_owner (person_id, email, first_name, last_name)
  SELECT p.id, p.email, p.first_name, p.last_name FROM person p
  WHERE EXISTS (SELECT 1 FROM absence a WHERE a.owner_id = p.id);
