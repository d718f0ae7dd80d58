-- No query reads people by external id yet, and the index cost about a third of each person's
-- insert: the matching by remote id (HRIS source) adds the index its own query needs.
DROP INDEX ix_person_external_id;
