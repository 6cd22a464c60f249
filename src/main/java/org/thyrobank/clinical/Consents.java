package org.thyrobank.clinical;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consent of every patient, scope by scope, from {@code clinical/consent.csv} (docs/consent.md). When the bundle
 * had no consent.csv, consent is not recorded and every use is allowed (bundles made before consent was recorded
 * still import and report as before). When it had one, a patient with no row for a scope has not consented to it.
 * Plain Java: the clinical module applies it to what it gives the other modules.
 */
public final class Consents {

    private static final Consents NOT_RECORDED = new Consents(false, List.of());

    private final boolean recorded;
    private final List<Consent> rows;
    private final Map<String, Consent> byPatientAndScope = new LinkedHashMap<>();

    private Consents(boolean recorded, List<Consent> rows) {
        this.recorded = recorded;
        this.rows = List.copyOf(rows);
        this.rows.forEach(row -> byPatientAndScope.put(key(row.patientId(), row.scope()), row));
    }

    /** No consent.csv: every use allowed. */
    public static Consents notRecorded() {
        return NOT_RECORDED;
    }

    /** The rows of a consent.csv (possibly none: then nobody consented to anything). */
    public static Consents recorded(List<Consent> rows) {
        return new Consents(true, rows);
    }

    public boolean isRecorded() {
        return recorded;
    }

    /** The rows of consent.csv in the file's order; empty when not recorded. */
    public List<Consent> rows() {
        return rows;
    }

    public Optional<Consent> of(String patientId, Consent.Scope scope) {
        return Optional.ofNullable(byPatientAndScope.get(key(patientId, scope)));
    }

    /**
     * Whether any of the patient's data of this scope may be used: always when consent is not recorded; otherwise
     * the patient has a row for the scope that was not withdrawn with STOP_ALL_USE.
     */
    public boolean allows(String patientId, Consent.Scope scope) {
        if (!recorded) {
            return true;
        }
        Consent consent = byPatientAndScope.get(key(patientId, scope));
        return consent != null && !consent.stopsAllUse();
    }

    /** Whether the patient's data of this scope dated {@code dated} may be used (see {@link Consent#allowsDataOf}). */
    public boolean allows(String patientId, Consent.Scope scope, LocalDate dated) {
        if (!recorded) {
            return true;
        }
        Consent consent = byPatientAndScope.get(key(patientId, scope));
        return consent != null && consent.allowsDataOf(dated);
    }

    /** Whether data of the scope is cut at a withdrawal date for this patient (STOP_NEW_DATA). */
    public Optional<LocalDate> stopsNewDataAfter(String patientId, Consent.Scope scope) {
        return of(patientId, scope)
                .filter(c -> c.withdrawnOn() != null && !c.stopsAllUse())
                .map(Consent::withdrawnOn);
    }

    /** Of these patients, those none of whose data of the scope may be used, sorted. */
    public Set<String> excluded(Consent.Scope scope, Iterable<String> patientIds) {
        Set<String> excluded = new TreeSet<>();
        for (String patientId : patientIds) {
            if (!allows(patientId, scope)) {
                excluded.add(patientId);
            }
        }
        return excluded;
    }

    private static String key(String patientId, Consent.Scope scope) {
        return patientId + "\t" + scope;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consents that && recorded == that.recorded && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(recorded) * 31 + rows.hashCode();
    }

    @Override
    public String toString() {
        return recorded ? "Consents" + rows : "Consents[not recorded]";
    }
}
