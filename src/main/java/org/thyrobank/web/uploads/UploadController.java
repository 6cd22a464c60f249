package org.thyrobank.web.uploads;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thyrobank.platform.uploads.Upload;
import org.thyrobank.platform.uploads.Uploads;
import org.thyrobank.web.NotFoundException;

/** Uploads for the lab and admins: a zipped run or bundle, a VCF or a qPCR plate, imported in the background. */
@RestController
@RequestMapping("/api/v1/uploads")
class UploadController {

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * 202 with {@code Location} of the upload, whose state is RUNNING until the import has an outcome per file. The
     * {@code file} part may come several times: the files of one run (with {@code run}) or several plates.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Upload> upload(
            @RequestPart("file") List<MultipartFile> files,
            @RequestParam(name = "run", required = false) String run,
            Authentication sender) {
        Upload upload = uploads.accept(SentFiles.of(files), run, sender.getName(), SentFiles.mayImportClinical(sender));
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(upload.id())
                        .toUri())
                .body(upload);
    }

    @GetMapping("/{id}")
    Upload upload(@PathVariable String id, Authentication viewer) {
        return uploads.find(id, SentFiles.mayImportClinical(viewer))
                .orElseThrow(() -> new NotFoundException("no upload " + id));
    }

    /** The newest uploads first, without their per-file lines. */
    @GetMapping
    List<Upload> latest(@RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit, Authentication viewer) {
        return uploads.latest(limit, SentFiles.mayImportClinical(viewer));
    }
}
