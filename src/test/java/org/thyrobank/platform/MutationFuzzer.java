package org.thyrobank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A seeded mutation fuzzer for the bundle readers: corpus files from {@code src/test/resources/fuzz/<name>/} are
 * mutated (bytes flipped, cut, duplicated, deleted, inserted; line breaks, quotes, tabs, a BOM, Latin-1 bytes,
 * numbers out of range; lines far longer than the limit) and handed to the reader for a fixed time. The reader
 * must accept the input or refuse it with its module's rejection naming the file; anything else (another
 * exception, an error, a rejection naming no file) fails, and the input is kept under {@code target/fuzz-failures/}
 * to be replayed. The same seed gives the same inputs in the same order.
 */
public final class MutationFuzzer {

    /** The time given to each reader: four readers make about a minute of {@code verify}. */
    public static final Duration PER_READER = Duration.ofSeconds(15);

    private static final byte[][] TOKENS = Stream.of(
                    "\n",
                    "\r\n",
                    "\r",
                    "\"",
                    "\t",
                    ",",
                    ";",
                    ":",
                    "=",
                    "\uFEFF",
                    "##",
                    "#CHROM\t",
                    "chr7\t140753336\t",
                    "-1",
                    "0",
                    "99999999999999999999",
                    "NaN",
                    "1e309",
                    ".",
                    "<",
                    ">",
                    "%",
                    "\u00e9",
                    "<NON_REF>")
            .map(token -> token.getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new);
    private static final byte[][] RAW_BYTES = {{(byte) 0xE9}, {(byte) 0xFF}, {0}, {(byte) 0xC3}, {(byte) 0x80}};

    /** What the reader under test does with one input file; it returns normally on a clean acceptance. */
    public interface Reader {
        void read(Path input) throws Exception;
    }

    /** How many inputs were accepted and how many cleanly rejected. */
    public record Outcomes(int accepted, int rejected) {

        public Outcomes plus(Outcomes other) {
            return new Outcomes(accepted + other.accepted, rejected + other.rejected);
        }

        /** A fuzzer whose inputs were all refused (or all accepted) tested little. */
        public void assertBothSeen(String name) {
            assertThat(accepted).as(name + ": inputs accepted").isPositive();
            assertThat(rejected).as(name + ": inputs rejected").isPositive();
        }
    }

    private MutationFuzzer() {}

    /** The files of {@code src/test/resources/fuzz/<name>/}. */
    public static List<byte[]> corpus(String name) {
        URL url = MutationFuzzer.class.getResource("/fuzz/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fuzz corpus " + name);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<byte[]> corpus = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                corpus.add(Files.readAllBytes(file));
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code reader} on mutated corpus files written to {@code input} until {@code budget} is spent.
     *
     * @param mutation      makes one input from a corpus file ({@link #mutate} or a variant of it)
     * @param cleanRejection whether an exception is the module's clean rejection (naming the file)
     */
    public static Outcomes fuzz(
            String name,
            long seed,
            List<byte[]> corpus,
            BiFunction<byte[], Random, byte[]> mutation,
            Path input,
            Duration budget,
            Reader reader,
            Predicate<Throwable> cleanRejection)
            throws IOException {
        Random random = new Random(seed);
        long deadline = System.nanoTime() + budget.toNanos();
        int accepted = 0;
        int rejected = 0;
        for (int iteration = 0; System.nanoTime() < deadline; iteration++) {
            byte[] bytes = mutation.apply(corpus.get(random.nextInt(corpus.size())), random);
            Files.write(input, bytes);
            try {
                reader.read(input);
                accepted++;
            } catch (Throwable outcome) {
                if (!cleanRejection.test(outcome)) {
                    Path kept = Path.of("target", "fuzz-failures", name + "-seed" + seed + "-" + iteration);
                    Files.createDirectories(kept.getParent());
                    Files.write(kept, bytes);
                    throw new AssertionError(
                            name + ": seed " + seed + ", input " + iteration + " (kept as " + kept
                                    + ") ended neither in a clean import nor in a clean rejection: " + outcome,
                            outcome);
                }
                rejected++;
            }
        }
        return new Outcomes(accepted, rejected);
    }

    /** One to three random mutations of {@code original}. */
    public static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            bytes = mutateOnce(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length + 1);
        return switch (random.nextInt(9)) {
            case 0 -> flipped(bytes, random);
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> {
                int from = random.nextInt(bytes.length + 1);
                int to = Math.min(bytes.length, from + random.nextInt(512));
                yield inserted(bytes, at, Arrays.copyOfRange(bytes, from, to));
            }
            case 3 -> {
                int to = Math.min(bytes.length, at + 1 + random.nextInt(64));
                byte[] cut = new byte[bytes.length - (to - at)];
                System.arraycopy(bytes, 0, cut, 0, at);
                System.arraycopy(bytes, to, cut, at, bytes.length - to);
                yield cut;
            }
            case 4 -> {
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                yield inserted(bytes, at, noise);
            }
            case 5 -> inserted(bytes, at, TOKENS[random.nextInt(TOKENS.length)]);
            case 6 -> inserted(bytes, at, RAW_BYTES[random.nextInt(RAW_BYTES.length)]);
            case 7 -> {
                // mostly long lines within the limit; now and then one past the 8 MiB line limit
                int length = random.nextInt(40) == 0 ? (9 << 20) : 1 + random.nextInt(100_000);
                byte[] run = new byte[length];
                Arrays.fill(run, (byte) ("A0,\t\"".charAt(random.nextInt(5))));
                yield inserted(bytes, at, run);
            }
            default -> inserted(bytes, at, bytes.length == 0 ? bytes : Arrays.copyOfRange(bytes, 0, at));
        };
    }

    private static byte[] flipped(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int flips = 1 + random.nextInt(8); flips > 0 && copy.length > 0; flips--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] inserted(byte[] bytes, int at, byte[] insert) {
        byte[] longer = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, longer, 0, at);
        System.arraycopy(insert, 0, longer, at, insert.length);
        System.arraycopy(bytes, at, longer, at + insert.length, bytes.length - at);
        return longer;
    }
}
