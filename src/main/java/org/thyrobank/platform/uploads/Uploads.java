package org.thyrobank.platform.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.ImportProgress;
import org.thyrobank.platform.importing.StudyImport;

/**
 * Files sent to the web service: each is laid out as its own study folder below the uploads folder
 * ({@code thyrobank.uploads.dir}) and imported by {@link StudyImport} in the background, one upload at a time
 * (imports of the same study must not interleave). State and per-file outcomes are kept in {@code upload}.
 */
@Service
public class Uploads implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int MESSAGE_LENGTH = 2000;
    private static final int NAME_LENGTH = 255;

    private final UploadMapper mapper;
    private final StudyImport studyImport;
    private final TransactionTemplate transaction;
    private final Path root;
    private final UploadUnpacker unpacker;
    private final AuditLog audit;
    private final ThreadPoolTaskExecutor imports = new ThreadPoolTaskExecutor();

    Uploads(
            UploadMapper mapper,
            StudyImport studyImport,
            TransactionTemplate transaction,
            AuditLog audit,
            UploadsProperties properties) {
        this.mapper = mapper;
        this.studyImport = studyImport;
        this.transaction = transaction;
        this.audit = audit;
        this.root = properties.dir().toAbsolutePath().normalize();
        this.unpacker = new UploadUnpacker(properties.limits());
        imports.setCorePoolSize(1);
        imports.setMaxPoolSize(1);
        imports.setThreadNamePrefix("upload-import-");
        imports.setWaitForTasksToCompleteOnShutdown(true);
        imports.setAwaitTerminationSeconds(120);
        imports.initialize();
    }

    /**
     * Unpacks the files into a new study folder and starts their import; answers the upload, RUNNING.
     *
     * @param files   what was sent: one file (a plate, a VCF, a zipped run or bundle), or several files of one run, or
     *                several plates (a name with a path is cut to its last part)
     * @param runName the sequencing run the VCF, zipped run or run's files belong to; null for a VCF's or zip's own name
     * @param mayImportClinical whether the sender may import clinical data (a bundle's clinical/): ADMIN only
     * @throws UploadRejectedException when the files cannot be taken (the parameter at fault is named)
     * @throws UploadForbiddenException when a bundle holds clinical/ and the sender may not import it
     */
    public Upload accept(List<SentFile> files, String runName, String uploadedBy, boolean mayImportClinical) {
        String name = describe(files);
        String id = UUID.randomUUID().toString();
        Path studyDir = root.resolve(id);
        UploadKind kind;
        boolean holdsClinical;
        try {
            Files.createDirectories(root);
            kind = unpacker.unpack(files, runName == null || runName.isBlank() ? null : runName.trim(), studyDir);
            holdsClinical = Files.exists(studyDir.resolve("clinical"));
            if (holdsClinical && !mayImportClinical) {
                audit.record(uploadedBy, AuditAction.UPLOAD_FORBIDDEN, name + ": holds clinical/");
                throw new UploadForbiddenException(name + " holds clinical/: clinical data is imported by an ADMIN;"
                        + " the lab uploads sequencing runs and qPCR plates");
            }
        } catch (IOException | RuntimeException e) {
            UploadFolders.deleteRecursively(studyDir);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot store the upload " + name, io);
            }
            throw (RuntimeException) e;
        }
        mapper.insert(new UploadMapper.UploadRow(
                id,
                name,
                kind,
                studyDir.toString(),
                uploadedBy,
                UploadState.RUNNING,
                null,
                LocalDateTime.now(),
                null,
                0,
                null,
                null,
                null,
                holdsClinical,
                0));
        audit.record(uploadedBy, AuditAction.UPLOAD_STARTED, name + " as " + kind + ", upload " + id);
        imports.execute(() -> runImport(id, studyDir));
        return find(id, true).orElseThrow();
    }

    /** The upload's name as listed: the file's name, the chosen folder's, or the first file's and how many came with it. */
    private static String describe(List<SentFile> files) {
        if (files.isEmpty()) {
            return null;
        }
        List<String> folders =
                files.stream().map(SentFile::folderName).distinct().toList();
        String first = files.get(0).plainName();
        String name = files.size() == 1
                ? first
                : folders.size() == 1 && folders.get(0) != null
                        ? folders.get(0) + "/ (" + files.size() + " files)"
                        : first + " and " + (files.size() - 1) + " more files";
        return name == null || name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    /** The upload, if there is one the viewer may see: one that holds clinical data only for {@code mayReadClinical}. */
    public Optional<Upload> find(String id, boolean mayReadClinical) {
        return Optional.ofNullable(mapper.find(id))
                .filter(row -> mayReadClinical || !row.holdsClinical())
                .map(row -> upload(row, mapper.files(id)));
    }

    /** The newest uploads the viewer may see first, without their per-file lines. */
    public List<Upload> latest(int limit, boolean mayReadClinical) {
        return mapper.latest(limit, mayReadClinical).stream()
                .map(row -> upload(row, List.of()))
                .toList();
    }

    /**
     * Marks as FAILED the uploads a previous run of the service left RUNNING (it stopped mid-import); their folders
     * stay, so they can be imported again. Only the web service calls this, before it takes requests: a command
     * line run beside a live service must not end that service's imports.
     */
    public int failInterrupted() {
        return mapper.finishRunning(new UploadMapper.Finish(
                null,
                UploadState.FAILED,
                "interrupted: the service stopped before this import ended; upload the file again",
                LocalDateTime.now()));
    }

    private void runImport(String id, Path studyDir) {
        try {
            List<FileOutcome> outcomes = studyImport.importStudy(studyDir, id, new RecordedProgress(id));
            // The lines written as files ended are in the order they were decided; keep the import's own order.
            transaction.executeWithoutResult(status -> {
                mapper.deleteFiles(id);
                for (int i = 0; i < outcomes.size(); i++) {
                    FileOutcome o = outcomes.get(i);
                    mapper.insertFile(new UploadMapper.FileRow(id, i, o.relativePath(), o.outcome(), o.detail()));
                }
                mapper.finish(new UploadMapper.Finish(id, UploadState.COMPLETED, null, LocalDateTime.now()));
            });
        } catch (RuntimeException e) {
            LOG.warn("upload {} failed", id, e);
            mapper.finish(new UploadMapper.Finish(id, UploadState.FAILED, describe(e), LocalDateTime.now()));
        }
    }

    /** Writes an upload's progress and each file's line as the import tells them, for the job page to show live. */
    private final class RecordedProgress implements ImportProgress {

        private final String id;
        private int linesWritten;

        RecordedProgress(String id) {
            this.id = id;
        }

        @Override
        public void progressed(int filesDone, int filesTotal, BundlePart currentPart, String currentFile) {
            mapper.progress(new UploadMapper.Progress(
                    id, filesDone, filesTotal, currentPart == null ? null : currentPart.name(), currentFile));
        }

        @Override
        public void fileEnded(FileOutcome outcome) {
            mapper.insertFile(new UploadMapper.FileRow(
                    id, linesWritten++, outcome.relativePath(), outcome.outcome(), outcome.detail()));
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }

    private static Upload upload(UploadMapper.UploadRow row, List<FileOutcome> files) {
        Upload.Progress progress = Upload.Progress.of(row.filesDone(), row.filesTotal(), row.currentPart());
        return new Upload(
                row.id(),
                row.originalName(),
                row.kind(),
                row.uploadedBy(),
                row.state(),
                row.message(),
                row.created(),
                row.finished(),
                progress.filesDone(),
                progress.filesTotal(),
                progress.percent(),
                progress.currentPart(),
                row.currentFile(),
                row.recordsWritten(),
                files.stream().map(Upload.FileLine::of).toList());
    }

    /** Lets a running import finish before the database underneath is closed. */
    @Override
    public void destroy() {
        imports.shutdown();
    }
}
