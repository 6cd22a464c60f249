package org.thyrobank.web.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.platform.audit.AuditLog;

/** The latest audit entries, for administrators. */
@Controller
class AuditPage {

    static final int ENTRIES_SHOWN = 200;

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.latest(ENTRIES_SHOWN));
        model.addAttribute("shown", ENTRIES_SHOWN);
        return "audit";
    }
}
