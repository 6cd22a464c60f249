package org.thyrobank.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.thyrobank.clinical.PatientOutcome;

/**
 * A patient's factors from the per-patient hotspot statuses and the clinical outcome (docs/analyses.md):
 * {@code BRAF_V600E} is the BRAF_V600E status; {@code TERT_PROMOTER} is MUTANT when either TERT_C228T or
 * TERT_C250T is MUTANT, WILD_TYPE when both are WILD_TYPE, NO_CALL otherwise; {@code BRAF_V600E+TERT} is true
 * when both are MUTANT, false when either is WILD_TYPE, NO_CALL otherwise; {@code FDG_POSITIVE} is the patient's
 * FDG avidity. A factor is {@code TRUE} (MUTANT / true), {@code FALSE} (WILD_TYPE / false) or {@code null} (NO_CALL,
 * or no FDG reading). A patient who was not sequenced, or a hotspot missing from the patient's statuses, is NO_CALL.
 */
public final class PatientFactors {

    static final String MUTANT = "MUTANT";
    static final String WILD_TYPE = "WILD_TYPE";
    static final String NO_CALL = "NO_CALL";

    private final Map<String, Map<String, String>> hotspotStatuses;
    private final Set<String> genomicsWithheld;
    private final Set<String> preliminaryOnly;

    /** @param hotspotStatuses patient -> hotspot (e.g. {@code TERT_C228T}) -> MUTANT, WILD_TYPE or NO_CALL */
    public PatientFactors(Map<String, Map<String, String>> hotspotStatuses) {
        this(hotspotStatuses, Set.of(), Set.of());
    }

    /**
     * @param genomicsWithheld the patients without GENOMICS consent (docs/consent.md): their hotspot statuses are
     *                         absent from {@code hotspotStatuses}, and a test leaves them out as consent_withdrawn
     * @param preliminaryOnly  the patients whose calls are all of runs not signed out (docs/lab-pages.md), absent
     *                         from {@code hotspotStatuses} too: a test leaves them out as preliminary_call
     */
    public PatientFactors(
            Map<String, Map<String, String>> hotspotStatuses,
            Set<String> genomicsWithheld,
            Set<String> preliminaryOnly) {
        this.hotspotStatuses = Map.copyOf(Objects.requireNonNull(hotspotStatuses, "hotspotStatuses"));
        this.genomicsWithheld = Set.copyOf(genomicsWithheld);
        this.preliminaryOnly = Set.copyOf(preliminaryOnly);
    }

    /**
     * Why the factor is undefined for the patient other than a NO_CALL: {@code consent_withdrawn} when consent
     * withholds their genomics data, {@code preliminary_call} when their calls are not signed out; null otherwise.
     */
    String withheldReason(Factor factor, PatientOutcome patient) {
        return factor.fromHotspots() ? hotspotsWithheldReason(patient) : null;
    }

    /** Why no hotspot of the patient's is called other than a NO_CALL ({@link #withheldReason}); null otherwise. */
    String hotspotsWithheldReason(PatientOutcome patient) {
        if (genomicsWithheld.contains(patient.patientId())) {
            return LeftOut.CONSENT_WITHDRAWN;
        }
        return preliminaryOnly.contains(patient.patientId()) ? LeftOut.PRELIMINARY_CALL : null;
    }

    public Boolean of(Factor factor, PatientOutcome patient) {
        Map<String, String> statuses = hotspotStatuses.getOrDefault(patient.patientId(), Map.of());
        return switch (factor) {
            case BRAF_V600E -> braf(statuses);
            case TERT_PROMOTER -> tert(statuses);
            case BRAF_V600E_AND_TERT -> both(braf(statuses), tert(statuses));
            case FDG_POSITIVE -> patient.fdgPositive();
            case FDG_POSITIVE_POST -> patient.fdgPositivePost();
        };
    }

    /** One catalogue hotspot (e.g. {@code NRAS_Q61R}): TRUE when MUTANT, FALSE when WILD_TYPE, null for NO_CALL. */
    public Boolean ofHotspot(String hotspot, PatientOutcome patient) {
        return mutant(hotspotStatuses.getOrDefault(patient.patientId(), Map.of()), hotspot);
    }

    private static Boolean braf(Map<String, String> statuses) {
        return mutant(statuses, "BRAF_V600E");
    }

    private static Boolean tert(Map<String, String> statuses) {
        Boolean c228t = mutant(statuses, "TERT_C228T");
        Boolean c250t = mutant(statuses, "TERT_C250T");
        if (Boolean.TRUE.equals(c228t) || Boolean.TRUE.equals(c250t)) {
            return true;
        }
        return Boolean.FALSE.equals(c228t) && Boolean.FALSE.equals(c250t) ? false : null;
    }

    private static Boolean both(Boolean braf, Boolean tert) {
        if (Boolean.TRUE.equals(braf) && Boolean.TRUE.equals(tert)) {
            return true;
        }
        return Boolean.FALSE.equals(braf) || Boolean.FALSE.equals(tert) ? false : null;
    }

    private static Boolean mutant(Map<String, String> statuses, String hotspot) {
        String status = statuses.getOrDefault(hotspot, NO_CALL);
        return switch (status) {
            case MUTANT -> true;
            case WILD_TYPE -> false;
            case NO_CALL -> null;
            default ->
                throw new IllegalArgumentException(
                        hotspot + " status must be MUTANT, WILD_TYPE or NO_CALL, not '" + status + "'");
        };
    }
}
