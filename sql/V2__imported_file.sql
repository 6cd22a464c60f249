-- Every file an import has seen, recognised by its SHA-256: an unchanged file is not imported again,
-- a changed file at the same path replaces what it contributed.
CREATE TABLE imported_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    relative_path VARCHAR(512) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    CONSTRAINT imported_file_path UNIQUE (relative_path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
