package org.thyrobank.web.uploads;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thyrobank.platform.uploads.Upload;
import org.thyrobank.platform.uploads.UploadForbiddenException;
import org.thyrobank.platform.uploads.UploadLimitException;
import org.thyrobank.platform.uploads.UploadRejectedException;
import org.thyrobank.platform.uploads.Uploads;
import org.thyrobank.web.NotFoundException;

/** The upload form (LAB, ADMIN) and an upload's job page, which reloads itself until the import is done. */
@Controller
class UploadPages {

    static final int UPLOADS_SHOWN = 20;

    private final Uploads uploads;

    UploadPages(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/uploads")
    String form(Authentication viewer, Model model) {
        model.addAttribute("uploads", uploads.latest(UPLOADS_SHOWN, SentFiles.mayImportClinical(viewer)));
        return "uploads";
    }

    @PostMapping("/uploads")
    String upload(
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam(name = "run", required = false) String run,
            Authentication sender,
            Model model,
            HttpServletResponse response) {
        try {
            Upload upload =
                    uploads.accept(SentFiles.of(files), run, sender.getName(), SentFiles.mayImportClinical(sender));
            return "redirect:/uploads/" + upload.id();
        } catch (UploadForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", e.getMessage());
            return form(sender, model);
        } catch (UploadRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return form(sender, model);
        } catch (UploadLimitException e) {
            response.setStatus((e.bytes() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.TOO_MANY_REQUESTS).value());
            model.addAttribute("error", e.getMessage());
            return form(sender, model);
        }
    }

    @GetMapping("/uploads/{id}")
    String job(@PathVariable String id, Authentication viewer, Model model) {
        model.addAttribute(
                "upload",
                uploads.find(id, SentFiles.mayImportClinical(viewer))
                        .orElseThrow(() -> new NotFoundException("no upload " + id)));
        return "upload";
    }
}
