-- flow_trigger and inbound_event were created after V2_1's conversion and before tables were made
-- in utf8mb4 whatever the database's default (${textTable}): on a database with a latin1 default,
-- a schedule's or a webhook's free text (trigger detail, an HRIS event type or sync state) beyond
-- Latin-1 was refused. Their text columns are now utf8mb4; event_id keeps its exact collation.
ALTER TABLE flow_trigger DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci,
  MODIFY source VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  MODIFY outcome VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  MODIFY detail VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
ALTER TABLE inbound_event DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci,
  MODIFY event_type VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  MODIFY sync_state VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
