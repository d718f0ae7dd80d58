-- The copied lines replace the old tables. People and failures draw ids in blocks of 1000
-- (pooled-lo, as Hibernate does), so a chunk of thousands of new people costs a few draws.
DROP TABLE line_message;
DROP TABLE run_line;
DROP SEQUENCE line_seq;
ALTER TABLE run_line_v3 RENAME TO run_line;
ALTER SEQUENCE person_seq INCREMENT BY 1000;
ALTER SEQUENCE failure_seq INCREMENT BY 1000;
