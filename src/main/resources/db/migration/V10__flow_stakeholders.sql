-- Stakeholders (issue 7): a flow may require its manager and HR emails to be people of the
-- directory who have arrived.
ALTER TABLE flow ADD COLUMN resolve_stakeholders BOOLEAN DEFAULT FALSE NOT NULL;
