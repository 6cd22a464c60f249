package org.thyrobank.web.cohort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.export.CbioportalExport;
import org.thyrobank.export.CbioportalStudy;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.web.BadPageParameterException;

/**
 * The cohort page's cBioPortal download: the study folder of {@code export --format cbioportal}, zipped, its
 * {@code provenance.json} generated for the signed-in user.
 */
@Controller
class CbioportalDownload {

    private final CbioportalExport export;
    private final ClinicalQueries clinical;

    CbioportalDownload(CbioportalExport export, ClinicalQueries clinical) {
        this.export = export;
        this.clinical = clinical;
    }

    @GetMapping("/research/cohort/cbioportal.zip")
    ResponseEntity<byte[]> zip(@RequestParam(defaultValue = "GRCh37") String build, Authentication user)
            throws IOException {
        GenomeBuild genomeBuild;
        try {
            genomeBuild = GenomeBuild.parse(build);
        } catch (IllegalArgumentException e) {
            throw new BadPageParameterException("build", build);
        }
        if (clinical.patientCount() == 0) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "nothing to export: the database holds no clinical data (import a study first)");
        }
        Path dir = Files.createTempDirectory("thyrobank-cbioportal");
        try {
            List<String> files = export.write(dir, genomeBuild, user.getName());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String file : files) {
                    zip.putNextEntry(new ZipEntry(CbioportalStudy.STUDY_ID + "/" + file));
                    Files.copy(dir.resolve(file), zip);
                    zip.closeEntry();
                }
            }
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(CbioportalStudy.STUDY_ID + ".zip")
                                    .build()
                                    .toString())
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .body(bytes.toByteArray());
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
