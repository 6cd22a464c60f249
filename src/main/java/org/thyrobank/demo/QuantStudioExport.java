package org.thyrobank.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plate as the QuantStudio 7 Flex software exports its "Results" as text: the {@code * Key = value} block, a
 * {@code [Results]} line and the tab-separated table, wells in instrument order (A1, A2, ... A24, B1, ...),
 * {@code Undetermined} where a well did not amplify. Singlicates, so Ct Mean and Ct SD are left empty.
 */
final class QuantStudioExport {

    private static final int ROWS = 16;
    private static final int COLUMNS = 24;

    /**
     * One well filled column by column down the 16 rows (A1, B1, ... P1, A2, ...), as the pipetting robot does.
     *
     * @param cq the Ct as text, or {@code Undetermined}
     */
    record Well(int index, String specimenId, String assay, String cq) {

        String name() {
            return (char) ('A' + index % ROWS) + String.valueOf(index / ROWS + 1);
        }

        /** The instrument's well number, row by row: A1 = 1, A24 = 24, B1 = 25. */
        int number() {
            return (index % ROWS) * COLUMNS + index / ROWS + 1;
        }
    }

    private QuantStudioExport() {}

    static List<String> lines(String plateId, List<Well> wells) {
        List<String> lines = new ArrayList<>(List.of(
                "* Block Type = 384-Well Block",
                "* Calibration Background is expired  = No",
                "* Chemistry = TAQMAN",
                "* Experiment Barcode = ",
                "* Experiment Comment = miRNA plasma panel, pre/post 131I",
                "* Experiment File Name = D:\\Applied Biosystems\\QuantStudio 7 Flex\\experiments\\" + plateId + ".eds",
                "* Experiment Name = " + plateId,
                "* Experiment Type = Comparative CT (ddCT)",
                "* Instrument Type = QuantStudio(TM) 7 Flex System",
                "* Passive Reference = ROX",
                "* Quantification Cycle Method = CT",
                "",
                "[Results]",
                String.join(
                        "\t",
                        "Well",
                        "Well Position",
                        "Omit",
                        "Sample Name",
                        "Target Name",
                        "Task",
                        "Reporter",
                        "Quencher",
                        "CT",
                        "Ct Mean",
                        "Ct SD",
                        "Automatic Ct Threshold",
                        "Ct Threshold",
                        "Automatic Baseline",
                        "Baseline Start",
                        "Baseline End")));
        wells.stream()
                .sorted(Comparator.comparingInt(Well::number))
                .forEach(w -> lines.add(String.join(
                        "\t",
                        String.valueOf(w.number()),
                        w.name(),
                        "false",
                        w.specimenId(),
                        w.assay(),
                        "UNKNOWN",
                        "FAM",
                        "NFQ-MGB",
                        w.cq(),
                        "",
                        "",
                        "true",
                        "0.100",
                        "true",
                        "3",
                        "15")));
        return lines;
    }
}
