package org.thyrobank.web.status;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.platform.status.StatusQueries;

/** Jobs and status (ADMIN): counts, the last Spring Batch job executions and the last imported files. */
@Controller
class StatusPage {

    static final int FILES_SHOWN = 50;

    private final StatusQueries statusQueries;

    StatusPage(StatusQueries statusQueries) {
        this.statusQueries = statusQueries;
    }

    @GetMapping("/status")
    String status(Model model) {
        model.addAttribute("status", statusQueries.status());
        model.addAttribute("files", statusQueries.lastImportedFiles(FILES_SHOWN));
        return "status";
    }
}
