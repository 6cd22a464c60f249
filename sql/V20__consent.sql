-- Issue 15: clinical/consent.csv (owned by the clinical module): one row per patient and consent scope, replaced
-- with the rest of the clinical folder. Whether consent is recorded at all is whether clinical_source_file lists
-- clinical/consent.csv. withdrawal is NULL when the file left it blank (read as STOP_ALL_USE when withdrawn_on is set).
CREATE TABLE consent (
    patient_id   VARCHAR(64) NOT NULL,
    scope        VARCHAR(32) NOT NULL,
    given_on     DATE        NOT NULL,
    withdrawn_on DATE,
    withdrawal   VARCHAR(16),
    row_no       INT         NOT NULL,
    PRIMARY KEY (patient_id, scope),
    CONSTRAINT consent_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
