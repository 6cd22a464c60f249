-- The analysis plan's new data items (owned by the clinical module): an adverse event's attribution to the therapy
-- (NULL = not assessed) and the FDG PET/CT timepoint (PRE before therapy, POST = the 6-month scan), which joins the
-- key of fdg_lesion.
ALTER TABLE adverse_event ADD COLUMN attribution VARCHAR(16) NULL AFTER onset_on;

ALTER TABLE fdg_lesion ADD COLUMN timepoint VARCHAR(4) NOT NULL DEFAULT 'PRE' AFTER fdg_positive,
    DROP PRIMARY KEY, ADD PRIMARY KEY (patient_id, lesion_id, timepoint);
