-- Issue 15: the history of every file version, not only the latest. One row per content a path was imported
-- with (what replaced what, when, by whom), written in the data's own transaction beside the imported_file
-- upsert; rows are never updated nor deleted. The data version is the number of rows: it grows with every import
-- that changed data, and concurrent imports cannot make it go back (unlike an AUTO_INCREMENT maximum).
CREATE TABLE imported_file_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    relative_path VARCHAR(512) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    imported_by   VARCHAR(128) NOT NULL,
    replaces_id   BIGINT       NULL,
    KEY imported_file_version_path (relative_path, id),
    CONSTRAINT imported_file_version_replaces FOREIGN KEY (replaces_id) REFERENCES imported_file_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A database made before V18 knows only each path's latest version: it starts the history, by nobody known.
INSERT INTO imported_file_version (relative_path, kind, sha256, size_bytes, imported_at, imported_by)
SELECT relative_path, kind, sha256, size_bytes, imported_at, 'unknown (imported before V18)'
  FROM imported_file ORDER BY imported_at, id;
