-- Four-eyes sign-out of sequencing runs (genomics; docs/lab-pages.md).
-- Who imported each VCF: a sign-in name for an upload, cli:<os account> for the command line. NULL for files
-- imported before this migration, whose importer was not recorded.
ALTER TABLE sequencing_file ADD COLUMN imported_by VARCHAR(128);

-- One row per sign-out of a run's calls. A row is never deleted: a withdrawal (by a lab user, or a reset when the
-- run's calls change) fills withdrawn_by/at/reason once. active_run holds the run while the sign-out stands, so the
-- unique key allows at most one standing sign-out per run, whatever the concurrency.
CREATE TABLE run_sign_out (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id           VARCHAR(64)   NOT NULL,
    signed_out_by    VARCHAR(128)  NOT NULL,
    signed_out_at    DATETIME(6)   NOT NULL,
    withdrawn_by     VARCHAR(128),
    withdrawn_at     DATETIME(6),
    withdrawn_reason VARCHAR(512),
    active_run       VARCHAR(64) AS (IF(withdrawn_at IS NULL, run_id, NULL)) PERSISTENT,
    CONSTRAINT run_sign_out_standing UNIQUE (active_run),
    INDEX run_sign_out_run (run_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
