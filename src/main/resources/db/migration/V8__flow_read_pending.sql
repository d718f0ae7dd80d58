-- A webhook that arrived while its flow was running: one follow-up read when the run ends.
ALTER TABLE flow ADD COLUMN read_pending BOOLEAN DEFAULT FALSE NOT NULL;
