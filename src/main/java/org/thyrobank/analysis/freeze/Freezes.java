package org.thyrobank.analysis.freeze;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Service;
import org.thyrobank.analysis.AssociationQuery;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportData;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.persistence.FreezeMapper;
import org.thyrobank.analysis.persistence.FreezeMapper.FreezeSummary;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Consents;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.provenance.Provenance;
import org.thyrobank.platform.provenance.ProvenanceRecorder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data freezes (docs/provenance.md): {@link #create} keeps the data a report is computed from, read in one
 * consistent read, with the file versions and reference files they came from; {@link #report} remakes the report from
 * them with any options, exactly as it was at the freeze, whatever was imported since.
 */
@Service
public class Freezes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final JsonMapper SNAPSHOT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Consents.class, ConsentsAsRows.class)
            .build();

    /** {@link Consents} (a plain class of the clinical module, not a record) as the rows it was made from. */
    private abstract static class ConsentsAsRows {

        @JsonCreator
        ConsentsAsRows(@JsonProperty("recorded") boolean recorded, @JsonProperty("rows") List<Consent> rows) {}

        @JsonProperty("recorded")
        abstract boolean isRecorded();

        @JsonProperty("rows")
        abstract List<Consent> rows();
    }

    private final ReportService reports;
    private final ProvenanceRecorder provenance;
    private final FreezeMapper mapper;
    private final AuditLog audit;

    Freezes(ReportService reports, ProvenanceRecorder provenance, FreezeMapper mapper, AuditLog audit) {
        this.reports = reports;
        this.provenance = provenance;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** What a freeze keeps: the data, their inputs and data version, and the reference files they were read with. */
    public record Frozen(
            String name,
            ReportData data,
            ProvenanceRecorder.Captured captured,
            List<Provenance.ReferenceFile> referenceFiles) {}

    /**
     * Freezes the data as they are now under {@code name}, audited as {@code createdBy}'s. A name already taken, a
     * name that is not 1-64 letters, digits, '.', '_' or '-', or a database with nothing to report is an
     * {@link IllegalArgumentException} ({@link FreezeExistsException} for a name taken) and creates nothing.
     */
    public FreezeSummary create(String name, String note, String createdBy) {
        checkName(name);
        Frozen frozen = reports.consistentRead(() -> reports.data()
                        .map(data -> new Frozen(name, data, provenance.capture(), ProvenanceRecorder.referenceFiles())))
                .orElseThrow(
                        () -> new IllegalArgumentException("nothing to freeze: the database holds no clinical data"));
        byte[] snapshot = gzip(SNAPSHOT.writeValueAsBytes(frozen));
        int inserted = mapper.insert(new FreezeMapper.FreezeRow(
                name, note, createdBy, frozen.captured().dataVersion(), snapshot.length, snapshot));
        if (inserted == 0) {
            throw new FreezeExistsException(name);
        }
        audit.record(
                createdBy,
                AuditAction.FREEZE_CREATED,
                name + " at data version " + frozen.captured().dataVersion() + " (" + snapshot.length + " bytes)");
        return find(name).orElseThrow();
    }

    /** Every freeze, oldest first. */
    public List<FreezeSummary> list() {
        return mapper.list();
    }

    public Optional<FreezeSummary> find(String name) {
        return mapper.list().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The report of freeze {@code name} with {@code options}, generated now for {@code generatedBy}. An unknown
     * freeze is an {@link UnknownFreezeException}; reference files changed since it was made (the report code reads
     * the reference files in force, so it could not remake the frozen figures) a {@link QueryParameterException} of
     * parameter {@code freeze} naming the file.
     */
    public Report report(String name, ReportOptions options, String generatedBy) {
        Frozen frozen = load(name);
        return reports.frozenReport(frozen.data(), frozen.captured(), options, generatedBy);
    }

    /**
     * The data freeze {@code name} kept (derived patients and lesion doses, hotspot statuses, qPCR, consent), for the
     * queries that answer from them; refused as {@link #report} is.
     */
    public ReportData data(String name) {
        return load(name).data();
    }

    /**
     * One association on demand ({@link ReportService#association}) answered from freeze {@code name}'s data: the
     * same patients' outcomes and hotspot statuses as the live query reads, as they were at the freeze. Refused as
     * {@link #report} is; a bad parameter is a {@link QueryParameterException}.
     */
    public AssociationQuery.Answer association(
            String name, String factor, String outcome, String centre, String histology, boolean includePreliminary) {
        return reports.association(load(name).data(), factor, outcome, centre, histology, includePreliminary);
    }

    /** PFS or OS by a factor ({@link ReportService#survival}) from freeze {@code name}'s data, as {@link #association}. */
    public Report.GroupedSurvival survival(String name, String endpoint, String factor, boolean includePreliminary) {
        return reports.survival(load(name).data(), endpoint, factor, includePreliminary);
    }

    /** The freeze's snapshot, read back only when the reference files it was made with are still those in force. */
    private Frozen load(String name) {
        FreezeMapper.FrozenBytes snapshot = mapper.snapshot(name);
        if (snapshot == null) {
            throw new UnknownFreezeException(name);
        }
        Frozen frozen = SNAPSHOT.readValue(gunzip(snapshot.gzipped()), Frozen.class);
        List<Provenance.ReferenceFile> now = ProvenanceRecorder.referenceFiles();
        for (Provenance.ReferenceFile then : frozen.referenceFiles()) {
            if (!now.contains(then)) {
                throw new QueryParameterException(
                        "freeze",
                        then.path() + " has changed since freeze '" + name + "' was made (it had SHA-256 "
                                + then.sha256()
                                + "); the frozen figures can only be remade with the reference files frozen with it");
            }
        }
        return frozen;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a freeze name is 1 to 64 letters, digits, '.', '_' or '-' and starts"
                    + " with a letter or digit, not '" + name + "'");
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a freeze's snapshot cannot be read", e);
        }
    }
}
