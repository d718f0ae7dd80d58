-- The directory's name indexes, read by nothing now (see V25): each import paid for them.
DROP INDEX ix_person_last_name;
DROP INDEX ix_person_first_name;
