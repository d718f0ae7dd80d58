-- The directory's name indexes, read by nothing now (see V25): each import paid for them.
DROP INDEX ix_person_last_name ON person;
DROP INDEX ix_person_first_name ON person;
