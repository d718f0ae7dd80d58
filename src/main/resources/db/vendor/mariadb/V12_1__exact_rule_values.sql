-- Allowed values and email domains compare byte for byte, like emails (review of issue 7): the
-- default collation ignores case and accents, so "Équipe" and "equipe" were one row to a DELETE
-- (a save failed with 3 rows deleted for 1) and "bücher.de" and "bucher.de" one key.
ALTER TABLE flow_allowed_value MODIFY allowed VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE flow_email_domain MODIFY domain VARCHAR(253) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
