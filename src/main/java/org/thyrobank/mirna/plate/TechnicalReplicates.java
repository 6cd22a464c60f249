package org.thyrobank.mirna.plate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thyrobank.mirna.QpcrMeasurement;
import org.thyrobank.mirna.ReplicateMean;

/**
 * Averages the wells of one specimen and assay: mean Cq of the wells that amplified and their sample SD. Used when a
 * plate is read and again on the wells stored in the database, so that both give the same means.
 */
public final class TechnicalReplicates {

    private TechnicalReplicates() {}

    public static List<ReplicateMean> average(List<QpcrMeasurement> measurements) {
        Map<List<String>, List<QpcrMeasurement>> groups = new LinkedHashMap<>();
        for (QpcrMeasurement m : measurements) {
            groups.computeIfAbsent(List.of(m.specimenId(), m.assay()), key -> new ArrayList<>())
                    .add(m);
        }
        List<ReplicateMean> means = new ArrayList<>();
        groups.forEach((key, wells) -> means.add(mean(key.get(0), key.get(1), wells)));
        return means;
    }

    private static ReplicateMean mean(String specimenId, String assay, List<QpcrMeasurement> wells) {
        double[] cq = wells.stream()
                .filter(QpcrMeasurement::amplified)
                .mapToDouble(QpcrMeasurement::cq)
                .toArray();
        int undetermined = wells.size() - cq.length;
        if (cq.length == 0) {
            return new ReplicateMean(specimenId, assay, null, null, wells.size(), undetermined);
        }
        double mean = 0;
        for (double value : cq) {
            mean += value;
        }
        mean /= cq.length;
        Double sd = null;
        if (cq.length > 1) {
            double squares = 0;
            for (double value : cq) {
                squares += (value - mean) * (value - mean);
            }
            sd = Math.sqrt(squares / (cq.length - 1));
        }
        return new ReplicateMean(specimenId, assay, mean, sd, wells.size(), undetermined);
    }
}
