-- How far an upload's import has got: files with an outcome so far, files in the upload, the part being imported.
ALTER TABLE upload
    ADD COLUMN files_done   INT NOT NULL DEFAULT 0,
    ADD COLUMN files_total  INT,
    ADD COLUMN current_part VARCHAR(32);
