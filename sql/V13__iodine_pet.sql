-- clinical/iodine_pet.csv (owned by the clinical module): the 124I PET repeated 6 months after therapy, one row per
-- lesion and scan; uptake_pct is the lesion's uptake in % of the administered activity (the pre-treatment uptake is
-- lesion_dosimetry.uptake_pct). Replaced with the rest of the clinical folder, as fdg_lesion is.
CREATE TABLE iodine_pet (
    patient_id VARCHAR(64)    NOT NULL,
    lesion_id  VARCHAR(64)    NOT NULL,
    scanned_on DATE           NOT NULL,
    uptake_pct DECIMAL(24,10) NOT NULL,
    row_no     INT            NOT NULL,
    PRIMARY KEY (patient_id, lesion_id, scanned_on),
    CONSTRAINT iodine_pet_lesion FOREIGN KEY (patient_id, lesion_id) REFERENCES lesion (patient_id, lesion_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
