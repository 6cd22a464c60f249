-- The bytes of every imported file, addressed by their SHA-256 (imported_file.sha256, clinical_source_file.sha256,
-- a run's covered-regions BED), so that `export --format bundle` can write the files back exactly as imported.
-- Stored in the database rather than beside it so that they commit or roll back with the rows read from them and
-- travel with a backup; cut into chunks of at most 1 MiB so that no statement nears max_allowed_packet.
CREATE TABLE imported_content (
    sha256   CHAR(64)   NOT NULL,
    chunk_no INT        NOT NULL,
    bytes    MEDIUMBLOB NOT NULL,
    PRIMARY KEY (sha256, chunk_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
