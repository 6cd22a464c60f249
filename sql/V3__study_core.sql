-- The study's core entities that every capability refers to. Identifiers are the bundle's pseudonymous
-- codes; no direct identifiers are ever stored.
CREATE TABLE patient (
    patient_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    centre      VARCHAR(16) NOT NULL,
    sex         CHAR(1),
    birth_year  SMALLINT,
    histology   VARCHAR(32)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE specimen (
    specimen_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    patient_id   VARCHAR(64) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    timepoint    VARCHAR(8),
    collected_on DATE,
    CONSTRAINT specimen_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per VCF record, sample and alternate allele, as the variant caller wrote it.
CREATE TABLE variant (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_file VARCHAR(512) NOT NULL,
    run_id      VARCHAR(64)  NOT NULL,
    specimen_id VARCHAR(64),
    sample      VARCHAR(128) NOT NULL,
    chrom       VARCHAR(64)  NOT NULL,
    pos         BIGINT       NOT NULL,
    ref         VARCHAR(1024) NOT NULL,
    alt         VARCHAR(1024) NOT NULL,
    filter      VARCHAR(255),
    depth       INT,
    alt_reads   INT,
    vaf         DOUBLE,
    caller      VARCHAR(128),
    INDEX variant_file (source_file),
    INDEX variant_specimen (specimen_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Hotspot status per tumour specimen, with the thresholds it was called with.
CREATE TABLE hotspot_call (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_file   VARCHAR(512) NOT NULL,
    run_id        VARCHAR(64)  NOT NULL,
    specimen_id   VARCHAR(64)  NOT NULL,
    sample        VARCHAR(128) NOT NULL,
    hotspot       VARCHAR(32)  NOT NULL,
    gene          VARCHAR(16)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    reason        VARCHAR(32),
    depth         INT,
    alt_reads     INT,
    vaf           DOUBLE,
    genome_build  VARCHAR(8)   NOT NULL,
    min_depth     INT          NOT NULL,
    min_alt_reads INT          NOT NULL,
    min_vaf       DOUBLE       NOT NULL,
    INDEX hotspot_call_file (source_file),
    CONSTRAINT hotspot_call_once UNIQUE (specimen_id, hotspot, source_file)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per qPCR well (technical replicates are kept as measured); cq NULL = no amplification.
CREATE TABLE qpcr_value (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_file VARCHAR(512) NOT NULL,
    plate_id    VARCHAR(64)  NOT NULL,
    specimen_id VARCHAR(64)  NOT NULL,
    assay       VARCHAR(64)  NOT NULL,
    cq          DOUBLE,
    well        VARCHAR(8),
    qpcr_run_id VARCHAR(64),
    INDEX qpcr_value_file (source_file),
    INDEX qpcr_value_specimen (specimen_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
