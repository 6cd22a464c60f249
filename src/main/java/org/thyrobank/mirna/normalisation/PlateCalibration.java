package org.thyrobank.mirna.normalisation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inter-plate calibration with the calibrator (UniSp3): a plate's offset is the mean Cq of its calibrator wells
 * minus the mean of those plate means, and every Cq of the plate is corrected by it. It is applied only when every
 * plate has a detected calibrator; otherwise no plate is corrected and the plates lacking one are named. Either way
 * the offsets (or their absence) are reported with the results.
 *
 * @param offsets                  plate -> offset subtracted from its Cq values (empty when not applied)
 * @param platesWithoutCalibrator  the plates that prevented the correction
 */
public record PlateCalibration(String calibrator, Map<String, Double> offsets, Set<String> platesWithoutCalibrator) {

    public PlateCalibration {
        offsets = Map.copyOf(offsets);
        platesWithoutCalibrator = Set.copyOf(platesWithoutCalibrator);
        if (!offsets.isEmpty() && !platesWithoutCalibrator.isEmpty()) {
            throw new IllegalArgumentException("a calibration is applied to every plate or to none");
        }
    }

    public static PlateCalibration estimate(List<PlateCq> values, String calibrator, QpcrParameters parameters) {
        Map<String, double[]> calibratorCq = new TreeMap<>();
        Set<String> plates = new TreeSet<>();
        for (PlateCq value : values) {
            plates.add(value.plate());
            if (value.assay().equals(calibrator) && parameters.detected(value.cq())) {
                double[] sumAndCount = calibratorCq.computeIfAbsent(value.plate(), p -> new double[2]);
                sumAndCount[0] += value.cq();
                sumAndCount[1]++;
            }
        }
        Set<String> without = new TreeSet<>(plates);
        without.removeAll(calibratorCq.keySet());
        if (!without.isEmpty() || plates.isEmpty()) {
            return new PlateCalibration(calibrator, Map.of(), without);
        }
        Map<String, Double> plateMeans = new TreeMap<>();
        calibratorCq.forEach((plate, sumAndCount) -> plateMeans.put(plate, sumAndCount[0] / sumAndCount[1]));
        double grandMean = Descriptive.mean(
                plateMeans.values().stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Double> offsets = new TreeMap<>();
        plateMeans.forEach((plate, mean) -> offsets.put(plate, mean - grandMean));
        return new PlateCalibration(calibrator, offsets, Set.of());
    }

    public boolean applied() {
        return !offsets.isEmpty();
    }

    /** The Cq corrected for its plate's offset; unchanged when the calibration is not applied. */
    public Double corrected(PlateCq value) {
        if (value.cq() == null || !applied()) {
            return value.cq();
        }
        return value.cq() - offsets.get(value.plate());
    }
}
