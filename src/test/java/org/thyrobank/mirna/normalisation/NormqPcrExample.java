package org.thyrobank.mirna.normalisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;

/**
 * One of NormqPCR's example data sets as normqpcr-golden.R writes it: normqpcr-genorm.tsv / normqpcr-colon.tsv
 * (sample, group, then one column per gene). The data are not in this repository (they come from the NormqPCR
 * package, which none of this repository holds): the tests that need them skip unless they find them in the
 * directory of {@code -Dthyrobank.normqpcr.data=DIR} or on the test classpath under
 * org/thyrobank/mirna/normalisation/. Write them with
 * {@code Rscript src/test/r/normqpcr-golden.R /path/to/NormqPCR --write-data DIR}.
 * <p>
 * The values are relative quantities on the linear scale, which NormqPCR ranks with {@code log = FALSE}; our
 * GeNorm and NormFinder take Cq, so each quantity q becomes {@code -log2(q)}, its Cq relative to the calibrator at
 * 100 % efficiency. NormqPCR's log = FALSE branches only ever use log2 of ratios
 * (stabMeasureM, stabMeasureRho) or log2 of ratios of geometric means (V of selectHKs), so with Cq = -log2(q) every
 * figure is the same: the sign flip changes no SD, no variance and no absolute value.
 *
 * @param groups the group of each sample, in the matrix's sample order
 */
record NormqPcrExample(CqMatrix matrix, List<String> groups) {

    static NormqPcrExample geNorm() {
        return load("normqpcr-genorm.tsv");
    }

    static NormqPcrExample colon() {
        return load("normqpcr-colon.tsv");
    }

    /** The samples of one group only (as the NormqPCR vignette runs geNorm per tissue). */
    NormqPcrExample group(String group) {
        int[] rows = IntStream.range(0, groups.size())
                .filter(i -> groups.get(i).equals(group))
                .toArray();
        return new NormqPcrExample(
                new CqMatrix(
                        Arrays.stream(rows).mapToObj(matrix.specimens()::get).toList(),
                        matrix.assays(),
                        Arrays.stream(rows).mapToObj(i -> matrix.cq()[i]).toArray(double[][]::new)),
                Arrays.stream(rows).mapToObj(groups::get).toList());
    }

    static final String DIRECTORY_PROPERTY = "thyrobank.normqpcr.data";

    private static String text(String file) {
        try {
            String directory = System.getProperty(DIRECTORY_PROPERTY);
            if (directory != null && Files.isRegularFile(Path.of(directory, file))) {
                return Files.readString(Path.of(directory, file));
            }
            try (InputStream in =
                    NormqPcrExample.class.getResourceAsStream("/org/thyrobank/mirna/normalisation/" + file)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NormqPcrExample load(String file) {
        String text = text(file);
        Assumptions.assumeTrue(
                text != null,
                () -> file + " is neither in -D" + DIRECTORY_PROPERTY
                        + "=DIR nor on the test classpath: write it with"
                        + " Rscript src/test/r/normqpcr-golden.R /path/to/NormqPCR --write-data DIR");
        List<String> lines =
                text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split("\t"));
        List<String> samples = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        double[][] cq = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t");
            samples.add(cells[0]);
            groups.add(cells[1]);
            cq[i - 1] = Arrays.stream(cells, 2, cells.length)
                    .mapToDouble(q -> -Math.log(Double.parseDouble(q)) / Math.log(2))
                    .toArray();
        }
        return new NormqPcrExample(new CqMatrix(samples, header.subList(2, header.size()), cq), groups);
    }
}
