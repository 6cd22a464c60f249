-- One row per VCF of a sequencing run, as its manifest named it: the file's variants and hotspot calls are
-- those of the job execution recorded here. A run's chunk-oriented job writes variant rows chunk by chunk,
-- tagged with its execution id; only when the execution completes does this row point at them (and the rows
-- of any other execution of the same file are deleted), so a file that fails half-way never counts.
CREATE TABLE sequencing_file (
    source_file      VARCHAR(512) NOT NULL PRIMARY KEY,
    run_id           VARCHAR(64)  NOT NULL,
    specimen_id      VARCHAR(64)  NOT NULL,
    sample           VARCHAR(128) NOT NULL,
    genome_build     VARCHAR(8)   NOT NULL,
    covered_regions  VARCHAR(512),
    -- the manifest row and covered-regions checksum the file was called with: another one calls it again
    settings         VARCHAR(1024) NOT NULL,
    variants         BIGINT       NOT NULL,
    job_execution_id BIGINT       NOT NULL,
    imported_at      DATETIME(6)  NOT NULL,
    INDEX sequencing_file_specimen (specimen_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE variant
    ADD COLUMN job_execution_id BIGINT NOT NULL DEFAULT 0,
    DROP INDEX variant_file,
    ADD INDEX variant_file_execution (source_file, job_execution_id);
