package org.thyrobank.mirna;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thyrobank.clinical.Specimen;

/** The study example's specimens.csv and plates, copied under src/test/resources, as the tests' registry. */
public final class ExampleStudy {

    public static final String ROOT = "/org/thyrobank/mirna/study-example/";
    public static final List<String> PLATES = List.of(
            "PL01", "PL02", "PL03", "PL04", "PL05", "PL06", "PL07", "PL08", "PL09", "PL10", "PL11", "PL12", "PL13");

    /**
     * Specimens on each plate, counted in the files: 8 on PL01-PL12, 7 on PL13 (P-VR-023-POST ... P-VR-026-POST);
     * every specimen has one well for each of the panel's 33 assays.
     */
    public static int specimensOn(String plate) {
        return plate.equals("PL13") ? 7 : 8;
    }

    private ExampleStudy() {}

    public static SpecimenRegistry specimens() {
        Map<String, RegisteredSpecimen> specimens = new HashMap<>();
        String[] lines = new String(bytes(ROOT + "clinical/specimens.csv"), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].strip().split(",", -1);
            Timepoint timepoint = cells[3].isEmpty() ? null : Timepoint.valueOf(cells[3]);
            specimens.put(
                    cells[0], new RegisteredSpecimen(cells[0], cells[1], Specimen.Kind.valueOf(cells[2]), timepoint));
        }
        return id -> Optional.ofNullable(specimens.get(id));
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = ExampleStudy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
