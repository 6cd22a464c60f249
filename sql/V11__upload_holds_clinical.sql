-- An upload that holds clinical/ (a study bundle) shows clinical data in its file lines (warnings name patients
-- and dates): only ADMIN, who alone may send one, sees it.
ALTER TABLE upload ADD COLUMN holds_clinical BOOLEAN NOT NULL DEFAULT FALSE;
