-- Copies the lines of earlier versions with their messages joined in LineMessages' format
-- ("CODE params;CODE params"). Keys are lower-cased here; only lines written from V3 on also
-- have their accents removed (SearchKeys).
INSERT INTO run_line_v3 (run_id, line_number, status, external_id, first_name, last_name, email,
    source_values, messages, email_key, id_key, name_key, reversed_name_key)
SELECT l.run_id, l.line_number, l.status, l.external_id, l.first_name, l.last_name, l.email,
    l.source_values,
    (SELECT LEFT(GROUP_CONCAT(CONCAT(m.code, ' ', COALESCE(m.params, ''))
                 ORDER BY m.msg_order SEPARATOR ';'), 4000)
       FROM line_message m WHERE m.line_id = l.id),
    LEFT(LOWER(TRIM(l.email)), 100),
    LEFT(LOWER(TRIM(l.external_id)), 100),
    LEFT(LOWER(TRIM(CONCAT(COALESCE(l.first_name, ''), ' ', COALESCE(l.last_name, '')))), 100),
    LEFT(LOWER(TRIM(CONCAT(COALESCE(l.last_name, ''), ' ', COALESCE(l.first_name, '')))), 100)
FROM run_line l;
