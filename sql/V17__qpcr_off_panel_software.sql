-- Issue 20: plates from every instrument. A well whose target is outside reference/mirna-panel.tsv is stored
-- (off_panel = TRUE) but never normalised nor analysed; its assay is the file's target name, so it may be longer
-- than a panel name. A plate records the software that wrote it (format keeps the reader's short name). RDML well
-- ids and instrument run names can be longer than the first plates' A1 and RUN7.
ALTER TABLE qpcr_value
    ADD COLUMN off_panel BOOLEAN NOT NULL DEFAULT FALSE,
    MODIFY assay VARCHAR(128) NOT NULL,
    MODIFY well VARCHAR(16),
    MODIFY qpcr_run_id VARCHAR(255);

ALTER TABLE qpcr_plate
    ADD COLUMN software VARCHAR(128);
