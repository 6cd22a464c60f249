-- The analysis plan's populations (owned by the clinical module's derived tables): the dosimetry and treated steps
-- of the flow, SOFT_TISSUE_CR for every treated patient with a 6-month visit (sensitivity analysis), FDG avidity at
-- the 6-month scan, and whether each lesion disappeared. The rows derived under the earlier rules are stale (the
-- evaluable population and the lesion classes changed): they are removed here and derived again from the stored
-- clinical rows when next read (ClinicalQueries), or at the next clinical import. The per-term summary of every
-- adverse event row is no longer derived: the report's safety section counts the treatment-emergent events of the
-- treated from the adverse_event rows themselves.
DELETE FROM patient_outcome;
DELETE FROM lesion_dose;
DELETE FROM visit_response;
DELETE FROM lab_nadir;
DROP TABLE adverse_event_summary;

ALTER TABLE patient_outcome
    ADD COLUMN in_dosimetry               BOOLEAN NOT NULL AFTER lowest_soft_tissue_dose_gy,
    ADD COLUMN treated                    BOOLEAN NOT NULL AFTER in_dosimetry,
    ADD COLUMN soft_tissue_cr_all_treated BOOLEAN AFTER treated,
    ADD COLUMN fdg_positive_post          BOOLEAN AFTER soft_tissue_cr_all_treated;

ALTER TABLE lesion_dose ADD COLUMN disappeared BOOLEAN AFTER lesion_class;
