-- Issue 15: data freezes. A freeze keeps, gzipped JSON, the data a report is computed from as they were when it was
-- created (clinical rows and derivations, hotspot statuses, the qPCR wells before normalisation) with the imported
-- file versions and reference files they came from, so that `report --freeze NAME` remakes the report exactly,
-- whatever is imported later. Written once, never updated nor deleted (docs/provenance.md).
CREATE TABLE data_freeze (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    note         TEXT         NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(128) NOT NULL,
    data_version BIGINT       NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    snapshot     LONGBLOB     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
