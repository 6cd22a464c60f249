package org.thyrobank.platform.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.ImportProgress;
import org.thyrobank.platform.importing.StudyImport;

/**
 * Files sent to the web service: each is laid out as its own study folder below the uploads folder
 * ({@code thyrobank.uploads.dir}, 0700; {@code serve} puts it in the data directory) and imported by
 * {@link StudyImport} in the background, one upload at a time (imports of the same study must not interleave). State
 * and per-file outcomes are kept in {@code upload}; the folder is deleted once its import ends, so the files live on
 * disk only while they wait or import. One user may have {@code thyrobank.uploads.max-pending-per-user} uploads and
 * {@code thyrobank.uploads.max-pending-bytes-per-user} unpacked bytes waiting at a time.
 */
@Service
public class Uploads implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int NAME_LENGTH = 255;

    /**
     * Below the uploads folder, where the web server writes a request's files while they arrive
     * ({@code spring.servlet.multipart.location}, set by {@code serve}); study folders are named by UUID.
     */
    public static final String INCOMING = "incoming";

    private final UploadMapper mapper;
    private final StudyImport studyImport;
    private final TransactionTemplate transaction;
    /** One consistent read of an upload and its file lines. */
    private final TransactionTemplate snapshot;

    private final Path root;
    private final UploadUnpacker unpacker;
    private final AuditLog audit;
    private final ThreadPoolTaskExecutor imports = new ThreadPoolTaskExecutor();
    private final int maxPendingPerUser;
    private final long maxPendingBytesPerUser;

    Uploads(
            UploadMapper mapper,
            StudyImport studyImport,
            TransactionTemplate transaction,
            AuditLog audit,
            UploadsProperties properties) {
        this.mapper = mapper;
        this.studyImport = studyImport;
        this.transaction = transaction;
        this.snapshot = new TransactionTemplate(transaction.getTransactionManager());
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.audit = audit;
        // Only the web service takes uploads; a command-line context has no folder for them.
        this.root = properties.dir() == null
                ? null
                : properties.dir().toAbsolutePath().normalize();
        this.maxPendingPerUser = properties.maxPendingPerUser();
        this.maxPendingBytesPerUser = properties.maxPendingBytesPerUser();
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
     * @throws UploadLimitException when the sender already has as many uploads or bytes waiting as one user may
     */
    public Upload accept(List<SentFile> files, String runName, String uploadedBy, boolean mayImportClinical) {
        if (root == null) {
            throw new IllegalStateException("no uploads folder: thyrobank.uploads.dir is not set");
        }
        String name = describe(files);
        checkPending(uploadedBy, 0);
        String id = UUID.randomUUID().toString();
        Path studyDir = root.resolve(id);
        UploadKind kind;
        boolean holdsClinical;
        try {
            UploadFolders.prepare(root);
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
        synchronized (this) {
            try {
                checkPending(uploadedBy, UploadFolders.size(studyDir));
            } catch (UploadLimitException e) {
                UploadFolders.deleteRecursively(studyDir);
                throw e;
            }
            insert(id, name, kind, studyDir, uploadedBy, holdsClinical);
        }
        audit.record(uploadedBy, AuditAction.UPLOAD_STARTED, name + " as " + kind + ", upload " + id);
        imports.execute(() -> runImport(id, studyDir, uploadedBy));
        return find(id, true).orElseThrow();
    }

    /**
     * Refuses the upload when the sender's uploads still waiting or importing, with {@code adding} bytes more, would
     * pass a limit. Called again, under the lock, once the new upload's size is known: two uploads sent at once
     * cannot both slip under it.
     */
    private void checkPending(String uploadedBy, long adding) {
        List<String> pending = mapper.runningFolders(uploadedBy);
        if (pending.size() >= maxPendingPerUser) {
            throw new UploadLimitException(
                    uploadedBy + " already has " + pending.size() + " upload(s) waiting or importing; one user may"
                            + " have " + maxPendingPerUser + " (thyrobank.uploads.max-pending-per-user="
                            + maxPendingPerUser
                            + "): send this"
                            + " once one of them has ended",
                    "thyrobank.uploads.max-pending-per-user",
                    maxPendingPerUser,
                    false);
        }
        long bytes = adding
                + pending.stream()
                        .mapToLong(folder -> UploadFolders.size(Path.of(folder)))
                        .sum();
        if (bytes > maxPendingBytesPerUser) {
            throw new UploadLimitException(
                    uploadedBy + "'s uploads waiting or importing would hold " + bytes + " bytes with this one; one"
                            + " user may have " + maxPendingBytesPerUser + " bytes pending"
                            + " (thyrobank.uploads.max-pending-bytes-per-user=" + maxPendingBytesPerUser
                            + "): send this once an import has ended",
                    "thyrobank.uploads.max-pending-bytes-per-user",
                    maxPendingBytesPerUser,
                    true);
        }
    }

    private void insert(
            String id, String name, UploadKind kind, Path studyDir, String uploadedBy, boolean holdsClinical) {
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
        // the row and its file lines from one snapshot: read apart while the import runs, the lines of files ended
        // between the two reads were listed ahead of the count
        return snapshot.execute(status -> Optional.ofNullable(mapper.find(id))
                .filter(row -> mayReadClinical || !row.holdsClinical())
                .map(row -> upload(row, mapper.files(id))));
    }

    /** The newest uploads the viewer may see first, without their per-file lines. */
    public List<Upload> latest(int limit, boolean mayReadClinical) {
        return mapper.latest(limit, mayReadClinical).stream()
                .map(row -> upload(row, List.of()))
                .toList();
    }

    /**
     * Marks as FAILED the uploads a previous run of the service left RUNNING (it stopped mid-import) and deletes
     * whatever that run left in the uploads folder: their files and any half-received upload. Only the web service
     * calls this, before it takes requests: a command line run beside a live service must not end that service's
     * imports.
     */
    public int failInterrupted() {
        int interrupted = mapper.finishRunning(new UploadMapper.Finish(
                null,
                UploadState.FAILED,
                "interrupted: the service stopped before this import ended; upload the file again",
                LocalDateTime.now()));
        if (root != null) {
            try (Stream<Path> left = Files.list(UploadFolders.prepare(root))) {
                left.forEach(UploadFolders::deleteRecursively);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the uploads folder " + root, e);
            }
            UploadFolders.prepare(root.resolve(INCOMING));
        }
        return interrupted;
    }

    private void runImport(String id, Path studyDir, String uploadedBy) {
        try {
            List<FileOutcome> outcomes = studyImport.importStudy(studyDir, id, uploadedBy, new RecordedProgress(id));
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
            // The exception may name tables, SQL or server paths: the sender gets a correlation id, the log the rest.
            String correlationId = UUID.randomUUID().toString().substring(0, 13);
            LOG.error("correlation id {}: upload {} failed", correlationId, id, e);
            mapper.finish(new UploadMapper.Finish(
                    id,
                    UploadState.FAILED,
                    "the import failed on the server; an administrator finds what went wrong in the service's log"
                            + " under correlation id " + correlationId,
                    LocalDateTime.now()));
        } finally {
            // What was imported is in the database and the outcomes are in upload_file: the files are not needed.
            UploadFolders.deleteRecursively(studyDir);
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
