package org.thyrobank.platform.status;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StatusMapper {

    Status.Counts counts();

    List<Status.JobRun> lastJobRuns(int limit);

    List<ImportedFile> lastImportedFiles(int limit);

    String dataFingerprint();

    ImportedBatches importedBatches();
}
