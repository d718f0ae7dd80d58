-- Absences (issue 8): the lists page and API read newest first (keyset on id), filtered by owner
-- or by status; each filter is a range of one of these indexes, read in id order.
CREATE INDEX ix_absence_owner_id ON absence (owner_id, id);
CREATE INDEX ix_absence_status_id ON absence (status, id);
-- The messages of one absence (webhook.AbsenceMessages) are read through the tracking pages'
-- index (absence_id, id) of V23, and until then through the foreign key's own index.
