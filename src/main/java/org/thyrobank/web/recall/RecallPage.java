package org.thyrobank.web.recall;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thyrobank.genomics.recall.HotspotRecall;
import org.thyrobank.genomics.recall.RecallResult;
import org.thyrobank.platform.importing.ImportLockTimeoutException;

/**
 * Re-calling the hotspots (ADMIN, docs/recall.md): the page shows what {@code recall-hotspots --dry-run} shows (the
 * thresholds in force and every call a re-call would change); its button stores the new calls as
 * {@code recall-hotspots} does, audited, resetting the sign-out of runs with a changed call.
 */
@Controller
class RecallPage {

    private final HotspotRecall recall;

    RecallPage(HotspotRecall recall) {
        this.recall = recall;
    }

    @GetMapping("/admin/recall")
    String preview(Model model) {
        if (!model.containsAttribute("applied")) {
            model.addAttribute("result", recall.dryRun());
        }
        return "admin/recall";
    }

    @PostMapping("/admin/recall")
    String apply(Authentication user, RedirectAttributes redirect) {
        try {
            RecallResult applied = recall.apply(user.getName());
            redirect.addFlashAttribute("applied", true);
            redirect.addFlashAttribute("result", applied);
        } catch (ImportLockTimeoutException e) {
            redirect.addFlashAttribute("error", "Nothing re-called: " + e.getMessage());
        }
        return "redirect:/admin/recall";
    }
}
