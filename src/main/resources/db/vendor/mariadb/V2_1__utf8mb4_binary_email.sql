-- MariaDB only. Every table in utf8mb4, whatever the database's default, so a name with an
-- emoji never fails a chunk. The person email compares byte for byte (utf8mb4_bin): the
-- directory's notion of "one email" is then exactly Java's (Emails.normalize + equals);
-- with a _ci collation "jose@x" and "josé@x" were one key for the unique index and two for
-- the code.
ALTER TABLE flow CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE flow_mapping CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE flow_required_field CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE run CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE run_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE line_message CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE person CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE failure CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE named_lock CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE person MODIFY email VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
-- Flow names too: in utf8mb4_general_ci every emoji is the same letter and "Équipe" is
-- "equipe"; a name is now taken exactly when it is taken on H2, byte for byte.
ALTER TABLE flow MODIFY name VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
