package org.thyrobank.platform.uploads;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.thyrobank.platform.importing.FileOutcome;

@Mapper
interface UploadMapper {

    void insert(UploadRow row);

    UploadRow find(String id);

    List<UploadRow> latest(@Param("limit") int limit, @Param("mayReadClinical") boolean mayReadClinical);

    List<FileOutcome> files(String uploadId);

    /** The study folders of {@code uploadedBy}'s uploads still RUNNING. */
    List<String> runningFolders(String uploadedBy);

    void insertFile(FileRow row);

    void deleteFiles(String uploadId);

    void finish(Finish finish);

    void progress(Progress progress);

    /** Ends every RUNNING upload as {@code finish} says ({@code finish.id} is not used). */
    int finishRunning(Finish finish);

    record UploadRow(
            String id,
            String originalName,
            UploadKind kind,
            String studyDir,
            String uploadedBy,
            UploadState state,
            String message,
            LocalDateTime created,
            LocalDateTime finished,
            int filesDone,
            Integer filesTotal,
            String currentPart,
            String currentFile,
            boolean holdsClinical,
            long recordsWritten) {}

    record Progress(String id, int filesDone, int filesTotal, String currentPart, String currentFile) {}

    record FileRow(String uploadId, int position, String relativePath, FileOutcome.Outcome outcome, String detail) {}

    record Finish(String id, UploadState state, String message, LocalDateTime finished) {}
}
