package org.thyrobank.mirna.normalisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.mirna.ExampleStudy;

/** reference-candidates.tsv: Cq of 8 candidate reference miRNAs in 16 example plasma specimens, with timepoints. */
record ReferenceCandidates(CqMatrix matrix, List<String> groups) {

    static ReferenceCandidates load() {
        String text = new String(
                ExampleStudy.bytes("/org/thyrobank/mirna/normalisation/reference-candidates.tsv"),
                StandardCharsets.UTF_8);
        List<String> lines =
                text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split("\t"));
        List<String> specimens = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        double[][] cq = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t");
            specimens.add(cells[0]);
            groups.add(cells[1]);
            cq[i - 1] = Arrays.stream(cells, 2, cells.length)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        }
        return new ReferenceCandidates(new CqMatrix(specimens, header.subList(2, header.size()), cq), groups);
    }
}
