-- A remote file's new place: archive folder (500) + '/' + name (255) + '.N' (review of issue 10)
ALTER TABLE source_file ALTER COLUMN moved_to VARCHAR(800);
