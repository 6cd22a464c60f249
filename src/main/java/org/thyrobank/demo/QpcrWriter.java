package org.thyrobank.demo;

import static org.thyrobank.demo.Table.decimal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the qPCR plates, up to eight plasma specimens per 384-well plate, a patient's PRE and POST on the same
 * plate: every third plate as the QuantStudio "Results" text export ({@code qpcr/PL03.txt}), the others in the
 * service's long CSV ({@code qpcr/PL01.csv}). Input amount shifts every human miRNA of a specimen alike;
 * spike-ins move only with the plate. One PRE specimen per 60 patients is haemolysed (miR-451a released from red
 * cells).
 */
final class QpcrWriter {

    private static final int SPECIMENS_PER_PLATE = 8;
    private static final double NOT_AMPLIFIED_FROM = 37.5;
    private static final double HAEMOLYSIS_SHIFT = 3.2;
    private static final int EXPORTED_EVERY = 3;

    private record Specimen(String id, Patient patient, boolean post) {}

    private final List<Patient> patients;
    private final int haemolysedCount;
    private final long seed;
    private final Draw draw;

    QpcrWriter(List<Patient> patients, int haemolysedCount, long seed) {
        this.patients = patients;
        this.haemolysedCount = haemolysedCount;
        this.seed = seed;
        this.draw = Draw.forPart(seed, "qpcr");
    }

    static String preSpecimen(Patient p) {
        return "P-" + p.id() + "-PRE";
    }

    static String postSpecimen(Patient p) {
        return "P-" + p.id() + "-POST";
    }

    void writeTo(BundleOutput out) {
        List<List<Specimen>> plates = new ArrayList<>();
        List<Specimen> plate = new ArrayList<>();
        for (Patient p : patients) {
            List<Specimen> pair = new ArrayList<>(List.of(new Specimen(preSpecimen(p), p, false)));
            if (p.postSampleOn() != null) {
                pair.add(new Specimen(postSpecimen(p), p, true));
            }
            if (plate.size() + pair.size() > SPECIMENS_PER_PLATE) {
                plates.add(plate);
                plate = new ArrayList<>();
            }
            plate.addAll(pair);
        }
        plates.add(plate);
        Set<String> haemolysed = new HashSet<>();
        while (haemolysed.size() < haemolysedCount) {
            haemolysed.add(preSpecimen(draw.oneOf(patients)));
        }
        // Two digits as the 60-patient bundle has them (PL01), more once there are more plates, so that ids sort.
        String plateIds = "PL%0" + Math.max(2, String.valueOf(plates.size()).length()) + "d";
        for (int i = 0; i < plates.size(); i++) {
            String plateId = plateIds.formatted(i + 1);
            List<QuantStudioExport.Well> wells = plate(plates.get(i), haemolysed);
            if ((i + 1) % EXPORTED_EVERY == 0) {
                out.write("qpcr/" + plateId + ".txt", QuantStudioExport.lines(plateId, wells));
            } else {
                Table table = new Table("specimen_id", "assay", "cq", "well");
                wells.forEach(w -> table.add(w.specimenId(), w.assay(), w.cq(), w.name()));
                out.write("qpcr/" + plateId + ".csv", table);
            }
        }
    }

    private List<QuantStudioExport.Well> plate(List<Specimen> specimens, Set<String> haemolysed) {
        List<QuantStudioExport.Well> wells = new ArrayList<>();
        double plateShift = draw.normal(0, 0.15);
        int well = 0;
        for (Specimen specimen : specimens) {
            double inputShift = bounded(0.6);
            for (MirnaPanel assay : MirnaPanel.values()) {
                double cq = switch (assay.kind) {
                    case EXOGENOUS -> assay.plasmaCq + plateShift + bounded(0.15);
                    case NEAR_DETECTION -> assay.plasmaCq + inputShift + draw.normal(0, 1.0);
                    case HUMAN ->
                        assay.plasmaCq
                                + inputShift
                                + biology(assay, specimen)
                                + bounded(assay == MirnaPanel.MIR_451A || assay == MirnaPanel.MIR_23A ? 0.25 : 0.35);
                };
                if (haemolysed.contains(specimen.id()) && assay == MirnaPanel.MIR_451A) {
                    cq -= HAEMOLYSIS_SHIFT;
                } else if (haemolysed.contains(specimen.id()) && assay == MirnaPanel.MIR_16) {
                    cq -= HAEMOLYSIS_SHIFT / 2;
                }
                String value = cq >= NOT_AMPLIFIED_FROM ? "Undetermined" : decimal(cq, 3);
                wells.add(new QuantStudioExport.Well(well++, specimen.id(), assay.assay, value));
            }
        }
        return wells;
    }

    /**
     * Response markers: about one cycle lower Cq (twice the level) before therapy when the soft tissue
     * did not clear, and 1.4 cycles higher after therapy in those whose did. A patient keeps a personal level.
     */
    private double biology(MirnaPanel assay, Specimen specimen) {
        if (!MirnaPanel.RESPONSE_MARKERS.contains(assay)) {
            return 0;
        }
        Patient p = specimen.patient();
        double personal = Draw.forPart(seed, p.id() + assay.assay).normal(0, 0.45);
        double braf = assay == MirnaPanel.MIR_146B && p.genotype().brafV600e() ? -0.3 : 0;
        if (p.softTissueCr()) {
            return personal + braf + (specimen.post() ? 1.4 : 0);
        }
        return personal + braf - 1.1 + (specimen.post() ? 0.1 : 0);
    }

    /** Gaussian noise cut at 2.5 SD, so that no specimen drifts into a QC flag by chance. */
    private double bounded(double sd) {
        return draw.between(draw.normal(0, sd), -2.5 * sd, 2.5 * sd);
    }
}
