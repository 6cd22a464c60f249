-- One row per imported qPCR plate file: the plate id (the file name without its extension) is what QC and
-- inter-plate calibration group by, so two files may not claim the same plate.
CREATE TABLE qpcr_plate (
    plate_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    source_file VARCHAR(512) NOT NULL,
    format      VARCHAR(16)  NOT NULL,
    wells       INT          NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    CONSTRAINT qpcr_plate_file UNIQUE (source_file)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every stored well belongs to a plate; technical replicate means are recomputed from the wells when read.
ALTER TABLE qpcr_value
    ADD CONSTRAINT qpcr_value_plate FOREIGN KEY (plate_id) REFERENCES qpcr_plate (plate_id);
