-- Issue 18: the no-template control (NTC) wells of each plate, as the instrument export marks them (task NTC,
-- Bio-Rad NTC-01, RDML ntc), kept for the NTC check (reference/qpcr.properties ntc-max-cq). assay is the panel
-- assay the well's target stands for, or the file's target name outside the panel; cq NULL = Undetermined. A plate
-- imported again replaces its NTC wells with its wells, in one transaction.
CREATE TABLE qpcr_ntc (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_file VARCHAR(512) NOT NULL,
    plate_id    VARCHAR(64)  NOT NULL,
    assay       VARCHAR(128) NOT NULL,
    cq          DOUBLE,
    well        VARCHAR(16),
    qpcr_run_id VARCHAR(255),
    INDEX qpcr_ntc_file (source_file),
    CONSTRAINT qpcr_ntc_plate FOREIGN KEY (plate_id) REFERENCES qpcr_plate (plate_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
