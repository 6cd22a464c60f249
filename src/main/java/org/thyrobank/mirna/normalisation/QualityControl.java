package org.thyrobank.mirna.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.thyrobank.mirna.AssayKind;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.ReplicateMean;

/**
 * Spike-in QC per plate (each spike-in against the mean +- band x SD of the specimens on its plate), the
 * haemolysis flag per specimen, the spread of technical replicates and the no-template controls. It only reports:
 * nothing is left out here.
 */
public final class QualityControl {

    static final String MIR_23A = "hsa-miR-23a-3p";
    static final String MIR_451A = "hsa-miR-451a";

    private final QpcrParameters parameters;
    private final Set<String> spikeIns;

    public QualityControl(QpcrParameters parameters, AssayPanel panel) {
        this.parameters = parameters;
        this.spikeIns = panel.assaysOf(AssayKind.SPIKE_IN);
    }

    /** The flags of all plates, plate by plate. */
    public List<QcFlag> flags(List<PlateCq> values) {
        Map<String, List<PlateCq>> plates =
                values.stream().collect(Collectors.groupingBy(PlateCq::plate, TreeMap::new, Collectors.toList()));
        List<QcFlag> flags = new ArrayList<>();
        plates.forEach((plate, onPlate) -> {
            spikeIns.stream().sorted().forEach(spikeIn -> flags.addAll(spikeIn(plate, spikeIn, onPlate)));
            flags.addAll(haemolysis(plate, onPlate));
        });
        return flags;
    }

    /**
     * The replicate-spread flags of one plate: one per specimen and assay whose technical replicates' Cq SD exceeds
     * {@code replicate-sd-limit}.
     */
    public List<QcFlag> replicateSpread(String plate, List<ReplicateMean> means) {
        List<QcFlag> flags = new ArrayList<>();
        for (ReplicateMean mean : means) {
            if (mean.sd() != null && mean.sd() > parameters.replicateSdLimit()) {
                flags.add(new QcFlag(
                        plate,
                        mean.specimenId(),
                        QcFlag.Issue.REPLICATE_SD,
                        String.format(
                                Locale.ROOT,
                                "%s replicate Cq SD %.3f over %d amplified wells > %s",
                                mean.assay(),
                                mean.sd(),
                                mean.wells() - mean.undetermined(),
                                parameters.replicateSdLimit())));
            }
        }
        return flags;
    }

    /**
     * The NTC flags of one plate: for every NTC well that amplified ({@link QpcrParameters#ntcAmplified}), one flag
     * per specimen measured on the plate with the NTC's assay. An NTC of an assay no specimen of the plate was
     * measured with flags nobody (the plate page still shows it).
     */
    public List<QcFlag> ntcAmplified(String plate, List<NtcWell> ntcWells, List<ReplicateMean> means) {
        List<QcFlag> flags = new ArrayList<>();
        for (NtcWell ntc : ntcWells) {
            if (!parameters.ntcAmplified(ntc.cq())) {
                continue;
            }
            String detail = String.format(
                    Locale.ROOT,
                    "NTC well %s of %s amplified at Cq %.3f <= %s",
                    ntc.well() == null ? "(no well given)" : ntc.well(),
                    ntc.assay(),
                    ntc.cq(),
                    parameters.ntcMaxCq());
            means.stream()
                    .filter(mean -> mean.assay().equals(ntc.assay()))
                    .map(ReplicateMean::specimenId)
                    .distinct()
                    .forEach(specimen -> flags.add(new QcFlag(plate, specimen, QcFlag.Issue.NTC_AMPLIFIED, detail)));
        }
        return flags;
    }

    private List<QcFlag> spikeIn(String plate, String spikeIn, List<PlateCq> onPlate) {
        List<PlateCq> wells =
                onPlate.stream().filter(v -> v.assay().equals(spikeIn)).toList();
        double[] detected = wells.stream()
                .filter(v -> parameters.detected(v.cq()))
                .mapToDouble(PlateCq::cq)
                .toArray();
        double mean = Descriptive.mean(detected);
        double sd = detected.length > 1 ? Descriptive.sd(detected) : 0;
        double band = parameters.spikeInSdBand();
        List<QcFlag> flags = new ArrayList<>();
        for (PlateCq value : wells) {
            if (!parameters.detected(value.cq())) {
                flags.add(new QcFlag(
                        plate,
                        value.specimenId(),
                        QcFlag.Issue.SPIKE_IN_NOT_DETECTED,
                        spikeIn + " not detected (" + (value.cq() == null ? "Undetermined" : "Cq " + value.cq())
                                + ", cut-off " + parameters.detectionCutoffCq() + ")"));
            } else if (Math.abs(value.cq() - mean) > band * sd) {
                flags.add(new QcFlag(
                        plate,
                        value.specimenId(),
                        QcFlag.Issue.SPIKE_IN_OUT_OF_RANGE,
                        String.format(
                                Locale.ROOT,
                                "%s Cq %.3f outside plate mean %.3f +- %s x SD %.3f",
                                spikeIn,
                                value.cq(),
                                mean,
                                band,
                                sd)));
            }
        }
        return flags;
    }

    private List<QcFlag> haemolysis(String plate, List<PlateCq> onPlate) {
        Map<String, Map<String, Double>> bySpecimen = new TreeMap<>();
        for (PlateCq value : onPlate) {
            if ((value.assay().equals(MIR_23A) || value.assay().equals(MIR_451A)) && parameters.detected(value.cq())) {
                bySpecimen
                        .computeIfAbsent(value.specimenId(), s -> new TreeMap<>())
                        .put(value.assay(), value.cq());
            }
        }
        List<QcFlag> flags = new ArrayList<>();
        bySpecimen.forEach((specimen, cq) -> {
            if (cq.size() == 2 && cq.get(MIR_23A) - cq.get(MIR_451A) > parameters.haemolysisDeltaCq()) {
                flags.add(new QcFlag(
                        plate,
                        specimen,
                        QcFlag.Issue.HAEMOLYSIS,
                        String.format(
                                Locale.ROOT,
                                "Cq(miR-23a-3p) - Cq(miR-451a) = %.3f > %s",
                                cq.get(MIR_23A) - cq.get(MIR_451A),
                                parameters.haemolysisDeltaCq())));
            }
        });
        return flags;
    }
}
