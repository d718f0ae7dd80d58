-- Tracking pages of outbound webhooks (issue 8): the indexes their filters and the admin to-do
-- read through. Every list is keyset-paged by id, newest first, so each filter has an index
-- ending in id (InnoDB appends the primary key to secondary indexes; H2 gets it spelled out).
CREATE INDEX ix_webhook_message_status_id ON webhook_message (status, id);
CREATE INDEX ix_webhook_message_endpoint_id ON webhook_message (endpoint_id, id);
CREATE INDEX ix_webhook_message_absence_id ON webhook_message (absence_id, id);
-- The admin to-do groups FAILED messages by endpoint and cause over this index alone (count, first
-- and last id, last failure time: a FAILED message's next_attempt_at is when it failed).
CREATE INDEX ix_webhook_message_todo ON webhook_message (status, endpoint_id, last_http_status, last_error_code, next_attempt_at, id);
-- "A later delivery to that endpoint succeeded": the endpoint's last delivery, one index step.
CREATE INDEX ix_webhook_message_delivered ON webhook_message (endpoint_id, delivered_at);
-- The person filter finds owners by the start of their name (the email has its unique index).
CREATE INDEX ix_person_last_name ON person (last_name);
CREATE INDEX ix_person_first_name ON person (first_name);
