package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real result files of {@code ../shared/realdata/qpcr} (listed with instrument, software and source in its
 * SOURCES.tsv; never copied into the repository), when that folder is present: every one is taken by the reader
 * of its format, names its software, and gives every well's Cq exactly as the file has it. The Cq are checked
 * against the file independently of the readers: for text exports the cell under the Cq header on the line the
 * row came from, for RDML every {@code <cq>} of the RDML entry in document order.
 */
@EnabledIf("present")
class RealQpcrFilesTests {

    static final Path FOLDER = Path.of("..", "shared", "realdata", "qpcr");

    /** file -> format, software, wells read, of which controls, the file's name of the Cq column (text only). */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry(
                    "ab7500_sds13_results.csv",
                    new Expected("sds-1", "Applied Biosystems 7500 Real-Time PCR System, SDS v1.3", 81, 0, "Ct")),
            Map.entry(
                    "biorad_cfx_cq_results.txt",
                    new Expected("biorad-cfx", "Bio-Rad CFX Manager, Quantification Cq Results", 330, 48, "Cq")),
            Map.entry(
                    "lc480_absquant.txt",
                    new Expected(
                            "lightcycler-480", "LightCycler 480, Abs Quant (SYBR Green (483-533))", 384, 35, "Cp")),
            Map.entry("qs3_results_csv.csv", new Expected("quantstudio", "QuantStudio 3, results only", 94, 22, "CT")),
            Map.entry(
                    "qs6flex_presence_absence_all_sections.txt",
                    new Expected("quantstudio", "QuantStudio 6 Flex, all sections", 96, 8, "CT")),
            Map.entry(
                    "qs7flex_results_only.txt",
                    new Expected("quantstudio", "QuantStudio 7 Flex, results only", 24, 6, "CT")),
            Map.entry(
                    "qs7flex_stdcurve_all_sections.txt",
                    new Expected("quantstudio", "QuantStudio 7 Flex, all sections", 95, 24, "CT")),
            Map.entry(
                    "steponeplus_fr_results.txt",
                    new Expected("quantstudio", "StepOnePlus, results only", 48, 0, "Cт")),
            Map.entry(
                    "steponeplus_v20_results.txt",
                    new Expected("quantstudio", "StepOnePlus, results only", 51, 3, "Cт")),
            Map.entry("sds23_7900ht_rq.txt", new Expected("sds-2", "7900HT, SDS 2.3 RQ Results", 384, 0, "Ct")),
            Map.entry("rdml10_stepone.rdml", new Expected("rdml", "RDML 1.0, StepOne™ Software v2.3", 24, 18, null)),
            Map.entry(
                    "rdml11_biorad_cfx.rdml",
                    new Expected("rdml", "RDML 1.1, BioRadCFXManager.exe 3.0.1224.1015.", 60, 48, null)),
            Map.entry(
                    "rdml11_lc96.rdml",
                    new Expected("rdml", "RDML 1.1, LightCycler&#174; 96 1.01.00.0045", 384, 360, null)),
            Map.entry(
                    "rdml12_steponeplus_rdmlR.rdml",
                    new Expected("rdml", "RDML 1.2, StepOne™ Software v2.3", 48, 18, null)),
            Map.entry("rdml13_consortium_example.rdml", new Expected("rdml", "RDML 1.3", 90, 10, null)),
            Map.entry(
                    "rdml14_quantstudio_dx.rdml",
                    new Expected("rdml", "RDML 1.4, QuantStudio 6 and 7 Software 1.3", 180, 180, null)));

    record Expected(String format, String software, int wells, int controls, String cqHeader) {}

    static boolean present() {
        return Files.isRegularFile(FOLDER.resolve("SOURCES.tsv"));
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> listed = Files.list(FOLDER)) {
            return listed
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("SOURCES.tsv"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyFileOfTheFolderIsExpectedAndListedInSources() throws IOException {
        String sources = Files.readString(FOLDER.resolve("SOURCES.tsv"));

        assertThat(files()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).allMatch(file -> sources.contains(file + "\t"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void fileIsReadWithEveryCqAsTheFileHasIt(String name) throws IOException {
        byte[] content = Files.readAllBytes(FOLDER.resolve(name));
        Expected expected = EXPECTED.get(name);

        PlateFormats.Read read = PlateFormats.read("qpcr/" + name, content);

        assertThat(read.format()).isEqualTo(expected.format());
        assertThat(read.software()).isEqualTo(expected.software());
        List<PlateRow> rows = read.rows().rows();
        assertThat(rows).hasSize(expected.wells());
        assertThat(rows.stream().filter(PlateRow::control)).hasSize(expected.controls());
        assertThat(rows).allMatch(row -> row.well() != null && (row.sample() != null || row.control()));
        if (expected.cqHeader() == null) {
            assertThat(rows.stream().map(PlateRow::cq).filter(cq -> cq != null).toList())
                    .isNotEmpty()
                    .isEqualTo(rdmlCqs(content));
        } else {
            assertCqsAreTheCellsOfTheirLines(content, rows, expected.cqHeader());
        }
    }

    private static void assertCqsAreTheCellsOfTheirLines(byte[] content, List<PlateRow> rows, String cqHeader) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        int firstRow = (int) rows.get(0).line() - 1;
        int header = firstRow - 1;
        while (header >= 0 && !hasCell(lines[header], cqHeader)) {
            header--;
        }
        assertThat(header).as("the header line with " + cqHeader).isNotNegative();
        String delimiter = lines[header].contains("\t") ? "\t" : ",";
        int column = Arrays.asList(lines[header].split(delimiter, -1)).indexOf(cqHeader);
        int compared = 0;
        for (PlateRow row : rows) {
            String[] cells = lines[(int) row.line() - 1].split(delimiter, -1);
            String cell = cells[column].strip();
            String expectedCq = cell.isEmpty() || cell.equals("N/A") ? null : cell.replace(',', '.');
            assertThat(row.cq()).as("line " + row.line()).isEqualTo(expectedCq);
            compared++;
        }
        assertThat(compared).isEqualTo(rows.size());
    }

    private static boolean hasCell(String line, String cell) {
        return Arrays.asList(line.split(line.contains("\t") ? "\t" : ",", -1)).contains(cell);
    }

    /** Every {@code <cq>} of the zip entry that holds {@code <rdml}, in document order (read without the readers). */
    private static List<String> rdmlCqs(byte[] zip) throws IOException {
        int start = zip[2] == 7 ? 4 : 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip, start, zip.length - start))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (xml.contains("<rdml")) {
                    List<String> cqs = new ArrayList<>();
                    Matcher cq = Pattern.compile("<cq>([^<]*)</cq>").matcher(xml);
                    while (cq.find()) {
                        cqs.add(cq.group(1).strip());
                    }
                    return cqs;
                }
            }
        }
        throw new AssertionError("no RDML entry");
    }
}
