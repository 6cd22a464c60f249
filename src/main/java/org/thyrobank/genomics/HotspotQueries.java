package org.thyrobank.genomics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.persistence.HotspotCallMapper;
import org.thyrobank.genomics.persistence.HotspotCallMapper.ReviewedCall;
import org.thyrobank.genomics.persistence.HotspotCallMapper.SpecimenCall;
import org.thyrobank.genomics.persistence.SequencingMapper;

/** What other modules may ask of the genomics module: hotspot status per patient and specimen, variant counts. */
@Service
public class HotspotQueries {

    public static final String MUTANT = "MUTANT";
    public static final String WILD_TYPE = "WILD_TYPE";
    public static final String NO_CALL = "NO_CALL";

    private static final List<String> PRECEDENCE = List.of(MUTANT, WILD_TYPE, NO_CALL);

    private final HotspotCallMapper mapper;
    private final SequencingMapper sequencing;
    private final ClinicalQueries clinical;

    HotspotQueries(HotspotCallMapper mapper, SequencingMapper sequencing, ClinicalQueries clinical) {
        this.mapper = mapper;
        this.sequencing = sequencing;
        this.clinical = clinical;
    }

    /**
     * Per patient id (sorted), per hotspot id (sorted): {@code MUTANT} if any of the patient's tumour specimens
     * is MUTANT, else {@code WILD_TYPE} if any is WILD_TYPE, else {@code NO_CALL} (docs/analyses.md). Patients without
     * a stored call are absent. The specimens and their patients come from the clinical module, which owns them: only
     * specimens whose genomics data consent lets research use (docs/consent.md) count.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, String>> patientStatuses() {
        Map<String, String> patientOfTumour = patientOfTumour();
        Map<String, Map<String, String>> statuses = new TreeMap<>();
        for (SpecimenCall call : mapper.specimenCalls()) {
            String patientId = patientOfTumour.get(call.specimenId());
            if (patientId != null) {
                statuses.computeIfAbsent(patientId, patient -> new TreeMap<>())
                        .merge(call.hotspot(), call.status(), HotspotQueries::stronger);
            }
        }
        return statuses;
    }

    /**
     * Hotspot statuses from signed-out runs only (docs/lab-pages.md), with what was left out as preliminary.
     *
     * @param statuses as {@link #patientStatuses()}, from the calls of runs with a standing sign-out
     * @param preliminaryPatients patients with tumour calls none of which is signed out (absent from
     *     {@code statuses}), in id order
     * @param callsLeftOut the tumour specimens' calls of runs not signed out
     */
    public record SignedOutStatuses(
            Map<String, Map<String, String>> statuses, List<String> preliminaryPatients, int callsLeftOut) {

        public SignedOutStatuses {
            preliminaryPatients = List.copyOf(preliminaryPatients);
        }

        /** How many patients {@link #preliminaryPatients} holds. */
        public int patientsLeftOut() {
            return preliminaryPatients.size();
        }
    }

    /** As {@link #patientStatuses()}, leaving out the calls of runs no second lab member has signed out. */
    @Transactional(readOnly = true)
    public SignedOutStatuses signedOutPatientStatuses() {
        Map<String, String> patientOfTumour = patientOfTumour();
        Map<String, Map<String, String>> statuses = new TreeMap<>();
        Set<String> called = new HashSet<>();
        int callsLeftOut = 0;
        for (ReviewedCall call : mapper.reviewedCalls()) {
            String patientId = patientOfTumour.get(call.specimenId());
            if (patientId == null) {
                continue;
            }
            called.add(patientId);
            if (call.signedOut()) {
                statuses.computeIfAbsent(patientId, patient -> new TreeMap<>())
                        .merge(call.hotspot(), call.status(), HotspotQueries::stronger);
            } else {
                callsLeftOut++;
            }
        }
        called.removeAll(statuses.keySet());
        return new SignedOutStatuses(statuses, called.stream().sorted().toList(), callsLeftOut);
    }

    /**
     * A value that changes whenever what {@link #signedOutPatientStatuses()} or {@link #patientStatuses()} answer may
     * change without an import: a sign-out made or withdrawn, calls re-derived by recall-hotspots.
     */
    public String reviewFingerprint() {
        return mapper.reviewFingerprint();
    }

    private Map<String, String> patientOfTumour() {
        Map<String, String> patientOfTumour = new HashMap<>();
        clinical.specimens(Consent.Scope.GENOMICS).values().stream()
                .filter(specimen -> specimen.kind() == Specimen.Kind.TUMOUR_TISSUE)
                .forEach(specimen -> patientOfTumour.put(specimen.specimenId(), specimen.patientId()));
        return patientOfTumour;
    }

    /**
     * The stored calls of one specimen, VCF by VCF in catalogue order; empty when it has none, or when consent does
     * not let its genomics data be used.
     */
    @Transactional(readOnly = true)
    public List<HotspotCallRow> callsOfSpecimen(String specimenId) {
        return clinical.withheld(specimenId, Consent.Scope.GENOMICS) ? List.of() : mapper.callsOfSpecimen(specimenId);
    }

    /** Variant rows stored by completed imports (one per VCF record, sample and alternate allele). */
    public long variantCount() {
        return mapper.variantCount();
    }

    /** Every stored VCF with the manifest row it was called with, run by run. */
    @Transactional(readOnly = true)
    public List<SequencedFile> sequencedFiles() {
        return sequencing.files().stream()
                .map(row -> new SequencedFile(
                        row.sourceFile(),
                        row.runId(),
                        row.specimenId(),
                        row.sample(),
                        row.genomeBuild(),
                        row.coveredRegions(),
                        row.coveredRegions() == null ? null : coveredRegionsSha256(row.settings())))
                .toList();
    }

    /** The settings end with {@code covered_regions=<path>@<sha256>} (importing.ManifestEntry#settings). */
    private static String coveredRegionsSha256(String settings) {
        int at = settings.lastIndexOf('@');
        String sha256 = at < 0 ? "" : settings.substring(at + 1);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("stored VCF settings name no covered-regions SHA-256: " + settings);
        }
        return sha256;
    }

    private static String stronger(String a, String b) {
        return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
    }
}
