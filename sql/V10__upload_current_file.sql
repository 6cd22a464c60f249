-- Upload progress file by file: the file being imported now. The records an upload wrote are counted from the
-- Spring Batch jobs tagged with its id (job parameter import_run), looked up through this index.
ALTER TABLE upload ADD COLUMN current_file VARCHAR(1024);

CREATE INDEX batch_job_execution_params_import_run
    ON BATCH_JOB_EXECUTION_PARAMS (PARAMETER_NAME, PARAMETER_VALUE(64));
