-- The clinical folder of a study bundle (study-bundle.md, clinical/) and what the service derives from it
-- (analyses.md: dosimetry, RECIST 1.1, CTCAE v4.0, survival). The folder is stored as a whole: an import
-- replaces every table below in one transaction. row_no keeps each file's row order (1-based), so that the
-- bundle read back from the database lists its rows as the files did. Enumerations are stored by their names;
-- decimals as DECIMAL, wide enough to hold the files' figures and the derivations' 16-digit quotients.
-- hotspot_call and qpcr_value refer to specimen_id without a foreign key on purpose: replacing the clinical
-- folder deletes and re-inserts specimens and must not touch the rows other modules stored.

ALTER TABLE patient ADD COLUMN row_no INT NOT NULL DEFAULT 0;
ALTER TABLE specimen ADD COLUMN row_no INT NOT NULL DEFAULT 0;

-- The files the stored clinical data came from, with their SHA-256, and the warnings their import gave.
CREATE TABLE clinical_source_file (
    relative_path VARCHAR(512) NOT NULL PRIMARY KEY,
    sha256        CHAR(64)     NOT NULL,
    row_no        INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE clinical_warning (
    row_no  INT           NOT NULL PRIMARY KEY,
    message VARCHAR(2000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lesion (
    patient_id  VARCHAR(64) NOT NULL,
    lesion_id   VARCHAR(64) NOT NULL,
    site        VARCHAR(16) NOT NULL,
    organ       VARCHAR(16),
    recist_role VARCHAR(16) NOT NULL,
    row_no      INT         NOT NULL,
    PRIMARY KEY (patient_id, lesion_id),
    CONSTRAINT lesion_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE blood_dosimetry (
    patient_id                   VARCHAR(64)    NOT NULL PRIMARY KEY,
    blood_gy_per_gbq             DECIMAL(24,10) NOT NULL,
    whole_body_retention_48h_pct DECIMAL(24,10),
    row_no                       INT            NOT NULL,
    CONSTRAINT blood_dosimetry_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lesion_dosimetry (
    patient_id        VARCHAR(64)    NOT NULL,
    lesion_id         VARCHAR(64)    NOT NULL,
    lesion_gy_per_gbq DECIMAL(24,10) NOT NULL,
    uptake_pct        DECIMAL(24,10),
    volume_ml         DECIMAL(24,10),
    row_no            INT            NOT NULL,
    PRIMARY KEY (patient_id, lesion_id),
    CONSTRAINT lesion_dosimetry_lesion FOREIGN KEY (patient_id, lesion_id) REFERENCES lesion (patient_id, lesion_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE therapy (
    patient_id       VARCHAR(64)    NOT NULL,
    treated_on       DATE           NOT NULL,
    administered_gbq DECIMAL(24,10) NOT NULL,
    row_no           INT            NOT NULL,
    PRIMARY KEY (patient_id, treated_on),
    CONSTRAINT therapy_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE fdg_lesion (
    patient_id   VARCHAR(64)    NOT NULL,
    lesion_id    VARCHAR(64)    NOT NULL,
    suv_max      DECIMAL(24,10) NOT NULL,
    fdg_positive BOOLEAN        NOT NULL,
    row_no       INT            NOT NULL,
    PRIMARY KEY (patient_id, lesion_id),
    CONSTRAINT fdg_lesion_lesion FOREIGN KEY (patient_id, lesion_id) REFERENCES lesion (patient_id, lesion_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A row with new_lesion names a NEW-... lesion that lesions.csv does not list: no foreign key to lesion.
CREATE TABLE assessment (
    patient_id        VARCHAR(64)    NOT NULL,
    assessed_on       DATE           NOT NULL,
    lesion_id         VARCHAR(64)    NOT NULL,
    diameter_mm       DECIMAL(24,10),
    non_target_status VARCHAR(32),
    new_lesion        BOOLEAN        NOT NULL,
    row_no            INT            NOT NULL,
    PRIMARY KEY (patient_id, assessed_on, lesion_id),
    CONSTRAINT assessment_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE adverse_event (
    row_no     INT          NOT NULL PRIMARY KEY,
    patient_id VARCHAR(64)  NOT NULL,
    term       VARCHAR(255) NOT NULL,
    grade      TINYINT      NOT NULL,
    onset_on   DATE,
    CONSTRAINT adverse_event_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- unit is the LabValue.Unit name (PER_NANOLITRE = 10^9/L, PER_CUBIC_MILLIMETRE = /mm3, GRAMS_PER_LITRE = g/L,
-- GRAMS_PER_DECILITRE = g/dL); grading_value (10^9/L or g/L) and ctcae_grade are derived.
CREATE TABLE lab_value (
    patient_id    VARCHAR(64)    NOT NULL,
    drawn_on      DATE           NOT NULL,
    test          VARCHAR(16)    NOT NULL,
    value         DECIMAL(24,10) NOT NULL,
    unit          VARCHAR(32)    NOT NULL,
    grading_value DECIMAL(30,14) NOT NULL,
    ctcae_grade   TINYINT        NOT NULL,
    row_no        INT            NOT NULL,
    PRIMARY KEY (patient_id, drawn_on, test),
    CONSTRAINT lab_value_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE follow_up (
    patient_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    last_contact_on DATE        NOT NULL,
    progressed_on   DATE,
    died_on         DATE,
    row_no          INT         NOT NULL,
    CONSTRAINT follow_up_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Derived data: NULL = undefined, as in the records (PatientOutcome and the others).
CREATE TABLE patient_outcome (
    patient_id                 VARCHAR(64)    NOT NULL PRIMARY KEY,
    centre                     VARCHAR(16),
    histology                  VARCHAR(32),
    evaluable                  BOOLEAN        NOT NULL,
    soft_tissue_cr             BOOLEAN,
    best_overall_response      VARCHAR(2),
    iodine_refractory          BOOLEAN,
    radioresistant             BOOLEAN,
    fdg_positive               BOOLEAN,
    exit_to_standard_care      BOOLEAN,
    mta_gbq                    DECIMAL(44,24),
    recommended_activity_gbq   DECIMAL(44,24),
    pfs_months                 DOUBLE,
    pfs_event                  BOOLEAN,
    os_months                  DOUBLE,
    os_event                   BOOLEAN,
    lowest_soft_tissue_dose_gy DECIMAL(40,20),
    row_no                     INT            NOT NULL,
    CONSTRAINT patient_outcome_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lesion_dose (
    patient_id        VARCHAR(64)    NOT NULL,
    lesion_id         VARCHAR(64)    NOT NULL,
    site              VARCHAR(16)    NOT NULL,
    lesion_gy_per_gbq DECIMAL(24,10) NOT NULL,
    administered_gbq  DECIMAL(24,10) NOT NULL,
    dose_gy           DECIMAL(40,20) NOT NULL,
    threshold_gy      DECIMAL(24,10) NOT NULL,
    lesion_class      VARCHAR(16),
    row_no            INT            NOT NULL,
    PRIMARY KEY (patient_id, lesion_id),
    CONSTRAINT lesion_dose_lesion FOREIGN KEY (patient_id, lesion_id) REFERENCES lesion (patient_id, lesion_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE visit_response (
    patient_id              VARCHAR(64)    NOT NULL,
    assessed_on             DATE           NOT NULL,
    days_from_first_therapy BIGINT         NOT NULL,
    baseline                BOOLEAN        NOT NULL,
    target_sum_mm           DECIMAL(30,10),
    non_target_status       VARCHAR(32),
    new_lesion              BOOLEAN        NOT NULL,
    response                VARCHAR(2),
    row_no                  INT            NOT NULL,
    PRIMARY KEY (patient_id, assessed_on),
    CONSTRAINT visit_response_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lab_nadir (
    patient_id VARCHAR(64)    NOT NULL,
    test       VARCHAR(16)    NOT NULL,
    drawn_on   DATE           NOT NULL,
    value      DECIMAL(30,14) NOT NULL,
    unit       VARCHAR(32)    NOT NULL,
    grade      TINYINT        NOT NULL,
    row_no     INT            NOT NULL,
    PRIMARY KEY (patient_id, test),
    CONSTRAINT lab_nadir_patient FOREIGN KEY (patient_id) REFERENCES patient (patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE adverse_event_summary (
    term      VARCHAR(255) NOT NULL PRIMARY KEY,
    events    INT          NOT NULL,
    patients  INT          NOT NULL,
    max_grade TINYINT      NOT NULL,
    row_no    INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
