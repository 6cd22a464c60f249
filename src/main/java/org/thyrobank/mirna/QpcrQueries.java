package org.thyrobank.mirna;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.Normaliser;
import org.thyrobank.mirna.normalisation.PlateCq;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.mirna.normalisation.QpcrParameters;
import org.thyrobank.mirna.normalisation.QualityControl;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrNtcRow;
import org.thyrobank.mirna.persistence.QpcrValueMapper.QpcrValueRow;
import org.thyrobank.mirna.plate.TechnicalReplicates;

/**
 * The circulating-miRNA results of the stored plates, for the report and the web: QC flags, dCq per specimen and
 * ddCq per patient by the chosen normalisation. Technical replicates are averaged per plate as the plate reader
 * does; QC and the thresholds come from {@code reference/}. Flags are reported with every result: callers show
 * {@link #qcFlags()} beside a normalisation, and a flagged specimen is left out only when asked.
 */
@Service
public class QpcrQueries {

    private static final Logger log = LoggerFactory.getLogger(QpcrQueries.class);

    private final QpcrValueMapper values;
    private final ClinicalQueries clinical;
    private final AssayPanel panel = AssayPanel.fromReference();
    private final QpcrParameters parameters = QpcrParameters.fromReference();

    QpcrQueries(QpcrValueMapper values, ClinicalQueries clinical) {
        this.values = values;
        this.clinical = clinical;
    }

    /**
     * dCq and ddCq of every stored circulating specimen.
     *
     * @param method         how each specimen's normaliser is formed (parse a user's spec with
     *                       {@link NormalisationMethod#parse(String, AssayPanel)} and {@link #panel()})
     * @param excludeFlagged leave out every specimen that {@link #qcFlags()} flags, on all its plates, before
     *                       normalising (so the global mean is taken over the remaining specimens); the specimens
     *                       left out are exactly those named by {@link #qcFlags()}, and are logged
     */
    @Transactional(readOnly = true)
    public Normalisation normalise(NormalisationMethod method, boolean excludeFlagged) {
        return normalise(snapshot(), method, excludeFlagged);
    }

    /** The stored wells and their specimens, read once: what {@link #normalise(QpcrSnapshot, ...)} starts from. */
    @Transactional(readOnly = true)
    public QpcrSnapshot snapshot() {
        Map<String, List<ReplicateMean>> means = replicateMeans();
        List<PlateCq> cq = plateCq(means);
        StoredSpecimens stored = new StoredSpecimens(clinical);
        List<RegisteredSpecimen> specimens = cq.stream()
                .map(PlateCq::specimenId)
                .distinct()
                .sorted()
                .flatMap(id -> stored.find(id).stream())
                .toList();
        return new QpcrSnapshot(values.countValues(), means, specimens, ntcWells());
    }

    /** As {@link #normalise(NormalisationMethod, boolean)}, from a snapshot rather than the database now. */
    public Normalisation normalise(QpcrSnapshot snapshot, NormalisationMethod method, boolean excludeFlagged) {
        List<PlateCq> cq = snapshot.cq();
        if (excludeFlagged) {
            Set<String> flagged = flaggedSpecimens(flags(snapshot.replicateMeans(), snapshot.ntcWells()));
            if (!flagged.isEmpty()) {
                log.info(
                        "{} normalisation leaves out {} QC-flagged specimens: {}",
                        method.spec(),
                        flagged.size(),
                        String.join(", ", flagged));
            }
            cq = cq.stream()
                    .filter(value -> !flagged.contains(value.specimenId()))
                    .toList();
        }
        return new Normaliser(panel, parameters, snapshot.registry()).normalise(cq, method);
    }

    /** As {@link #qcFlags()}, from a snapshot. */
    public List<QcFlag> qcFlags(QpcrSnapshot snapshot) {
        return flags(snapshot.replicateMeans(), snapshot.ntcWells());
    }

    /**
     * The QC flags of every stored plate (spike-in range and detection, haemolysis), plate by plate, then the
     * replicate-spread flags plate by plate, then the NTC flags plate by plate.
     */
    @Transactional(readOnly = true)
    public List<QcFlag> qcFlags() {
        return flags(replicateMeans(), ntcWells());
    }

    private List<QcFlag> flags(Map<String, List<ReplicateMean>> means, Map<String, List<NtcWell>> ntcWells) {
        QualityControl qc = new QualityControl(parameters, panel);
        List<QcFlag> flags = new ArrayList<>(qc.flags(plateCq(means)));
        means.forEach((plate, onPlate) -> flags.addAll(qc.replicateSpread(plate, onPlate)));
        ntcWells.forEach(
                (plate, ntcs) -> flags.addAll(qc.ntcAmplified(plate, ntcs, means.getOrDefault(plate, List.of()))));
        return flags;
    }

    /** The assay panel of {@code reference/mirna-panel.tsv}, e.g. to parse a normalisation spec. */
    public AssayPanel panel() {
        return panel;
    }

    /** How many wells are stored (technical replicates counted one by one). */
    @Transactional(readOnly = true)
    public long valueCount() {
        return values.countValues();
    }

    /** The bundle path (qpcr/...) of every stored plate's file, in plate id order. */
    @Transactional(readOnly = true)
    public List<String> plateFiles() {
        return values.plateFiles();
    }

    /**
     * The stored wells of one specimen, replicates one by one, plate by plate; empty when it has none, or when
     * consent does not let its miRNA data be used.
     */
    @Transactional(readOnly = true)
    public List<StoredWell> wellsOf(String specimenId) {
        if (clinical.withheld(specimenId, Consent.Scope.MIRNA)) {
            return List.of();
        }
        return values.valuesOfSpecimen(specimenId).stream()
                .map(row -> new StoredWell(
                        row.plateId(), row.assay(), row.cq(), row.well(), row.qpcrRunId(), row.sourceFile()))
                .toList();
    }

    static Set<String> flaggedSpecimens(List<QcFlag> flags) {
        Set<String> flagged = new TreeSet<>();
        flags.forEach(flag -> flagged.add(flag.specimenId()));
        return flagged;
    }

    /**
     * The stored wells of the specimens whose miRNA data consent lets research use (docs/consent.md), their technical
     * replicates averaged plate by plate.
     */
    private Map<String, List<ReplicateMean>> replicateMeans() {
        Set<String> withheld = clinical.withheldSpecimens(Consent.Scope.MIRNA);
        Map<String, List<QpcrMeasurement>> byPlate = new LinkedHashMap<>();
        for (QpcrValueRow row : values.values()) {
            if (withheld.contains(row.specimenId())) {
                continue;
            }
            byPlate.computeIfAbsent(row.plateId(), plate -> new ArrayList<>())
                    .add(new QpcrMeasurement(row.specimenId(), row.assay(), row.cq(), row.well(), row.qpcrRunId()));
        }
        Map<String, List<ReplicateMean>> means = new LinkedHashMap<>();
        byPlate.forEach((plate, wells) -> means.put(plate, TechnicalReplicates.average(wells)));
        return means;
    }

    /** The stored NTC wells by plate, in plate id order. */
    private Map<String, List<NtcWell>> ntcWells() {
        Map<String, List<NtcWell>> byPlate = new LinkedHashMap<>();
        for (QpcrNtcRow row : values.ntcWells()) {
            byPlate.computeIfAbsent(row.plateId(), plate -> new ArrayList<>())
                    .add(new NtcWell(row.assay(), row.cq(), row.well(), row.qpcrRunId()));
        }
        return byPlate;
    }

    static List<PlateCq> plateCq(Map<String, List<ReplicateMean>> means) {
        List<PlateCq> cq = new ArrayList<>();
        means.forEach((plate, onPlate) ->
                onPlate.forEach(r -> cq.add(new PlateCq(plate, r.specimenId(), r.assay(), r.cq()))));
        return cq;
    }
}
