package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;

/**
 * Seeded mutations of every reader's fixtures, for a bounded time: whatever the damage, a file is either read or
 * refused with a {@link PlateFormatException}; any other exception (an index out of bounds, a number format, a
 * parser's own error) is a bug of a reader.
 */
class PlateFormatFuzzTests {

    private static final long SEED = 20_261_206L;
    private static final long BUDGET_NANOS = 8_000_000_000L;
    private static final int MAX_CASES = 200_000;

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    @Test
    void mutatedFixturesAreReadOrRefusedCleanly() {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int cases = 0;
        int read = 0;
        while (cases < MAX_CASES && System.nanoTime() < deadline) {
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = mutate(original, random);
            cases++;
            try {
                reader.read("qpcr/fuzz.txt", mutated);
                read++;
            } catch (PlateFormatException refused) {
                assertThat(refused.problems()).isNotEmpty().allMatch(p -> !p.isBlank());
            } catch (RuntimeException | StackOverflowError e) {
                fail(
                        "case " + cases + " (seed " + SEED + ") ended in " + e + " for:\n"
                                + new String(mutated, StandardCharsets.UTF_8),
                        e);
            }
        }
        assertThat(cases).as("cases tried").isGreaterThan(seeds.size());
        assertThat(read).as("mutants still read").isPositive();
    }

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String fixture : List.of(
                "quantstudio7-flex-all-sections.txt",
                "quantstudio3-results.csv",
                "stepone-v2-cyrillic-te.txt",
                "7500-v2-decimal-comma.txt",
                "sds13-7500-results.csv",
                "sds23-7900ht-rq.txt",
                "cfx-quantification-cq-results.csv",
                "lightcycler480-absquant.txt",
                "rdml-1.0-stepone.xml",
                "rdml-1.4.xml")) {
            seeds.add(PlateFormatsTests.bytes(fixture));
        }
        seeds.add(PlateFormatsTests.zip(PlateFormatsTests.bytes("rdml-1.1-cfx.xml"), "cfx.xml", true));
        seeds.add(PlateFormatsTests.zip(PlateFormatsTests.bytes("rdml-1.0-stepone.xml"), "rdml_data.xml", false));
        seeds.add("specimen_id,assay,cq,well\nP-MI-001-PRE,hsa-miR-16-5p,29.4,A1\n".getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    /** One to three edits: a byte changed, a span deleted or repeated, a delimiter or line end swapped, a cut. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            int span = 1 + random.nextInt(Math.min(32, bytes.length - at));
            bytes = switch (random.nextInt(6)) {
                case 0 -> {
                    byte[] copy = bytes.clone();
                    copy[at] = (byte) random.nextInt(256);
                    yield copy;
                }
                case 1 -> concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + span, bytes.length));
                case 2 -> concat(Arrays.copyOf(bytes, at + span), Arrays.copyOfRange(bytes, at, bytes.length));
                case 3 -> {
                    byte[] copy = bytes.clone();
                    byte[] specials = {'\t', ',', '\n', '\r', '"', '<', '>', '[', ']', '*', '=', 0};
                    copy[at] = specials[random.nextInt(specials.length)];
                    yield copy;
                }
                case 4 -> Arrays.copyOf(bytes, at);
                default -> {
                    String[] words = {
                        "Undetermined", "N/A", "NTC", "-1", "1e999", "NaN", "1,5", "[Results]", "SDS 2.", ""
                    };
                    byte[] word = words[random.nextInt(words.length)].getBytes(StandardCharsets.UTF_8);
                    yield concat(concat(Arrays.copyOf(bytes, at), word), Arrays.copyOfRange(bytes, at, bytes.length));
                }
            };
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
