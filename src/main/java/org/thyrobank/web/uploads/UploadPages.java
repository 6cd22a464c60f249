package org.thyrobank.web.uploads;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thyrobank.platform.uploads.Upload;
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
    String form(Model model) {
        model.addAttribute("uploads", uploads.latest(UPLOADS_SHOWN));
        return "uploads";
    }

    @PostMapping("/uploads")
    String upload(@RequestParam("file") List<MultipartFile> files, @RequestParam(name = "run", required = false) String run,
                  Principal principal, Model model, HttpServletResponse response) {
        try {
            Upload upload = uploads.accept(SentFiles.of(files), run, principal.getName());
            return "redirect:/uploads/" + upload.id();
        } catch (UploadRejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return form(model);
        }
    }

    @GetMapping("/uploads/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("upload", uploads.find(id).orElseThrow(() -> new NotFoundException("no upload " + id)));
        return "upload";
    }
}
