package org.thyrobank.web.audit;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditEntry;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.web.BadPageParameterException;

/** The audit log for administrators, newest first, a page of entries at a time, filtered as the API is. */
@Controller
class AuditPage {

    static final int ENTRIES_SHOWN = 200;

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        if (page < 1) {
            throw new BadPageParameterException("page", String.valueOf(page));
        }
        // one entry more than shown tells whether an older page exists
        List<AuditEntry> entries = audit.find(
                new AuditFilters(user, action, from, to).query(ENTRIES_SHOWN + 1, (page - 1) * ENTRIES_SHOWN));
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), ENTRIES_SHOWN)));
        model.addAttribute("shown", ENTRIES_SHOWN);
        model.addAttribute("page", page);
        model.addAttribute("hasOlder", entries.size() > ENTRIES_SHOWN);
        model.addAttribute("actions", AuditAction.values());
        return "audit";
    }
}
