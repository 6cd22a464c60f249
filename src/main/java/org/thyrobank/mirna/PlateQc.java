package org.thyrobank.mirna;

import java.util.List;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.mirna.normalisation.QpcrParameters;

/**
 * One plate's quality control for the lab: its NTC wells, each said amplified or clean, and the QC flags of its
 * specimens, with the thresholds of {@code reference/qpcr.properties} they were made with.
 */
public record PlateQc(PlateSummary plate, List<CheckedNtc> ntcWells, List<QcFlag> flags, QpcrParameters thresholds) {

    public PlateQc {
        ntcWells = List.copyOf(ntcWells);
        flags = List.copyOf(flags);
    }

    /** An NTC well and whether it amplified ({@link QpcrParameters#ntcAmplified}). */
    public record CheckedNtc(NtcWell well, boolean amplified) {}

    public List<QcFlag> replicateSdFlags() {
        return of(QcFlag.Issue.REPLICATE_SD);
    }

    public List<QcFlag> ntcFlags() {
        return of(QcFlag.Issue.NTC_AMPLIFIED);
    }

    /** The spike-in and haemolysis flags. */
    public List<QcFlag> otherFlags() {
        return flags.stream()
                .filter(flag -> flag.issue() != QcFlag.Issue.REPLICATE_SD && flag.issue() != QcFlag.Issue.NTC_AMPLIFIED)
                .toList();
    }

    private List<QcFlag> of(QcFlag.Issue issue) {
        return flags.stream().filter(flag -> flag.issue() == issue).toList();
    }
}
