package org.thyrobank.web.freezes;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.analysis.persistence.FreezeMapper.FreezeSummary;

/**
 * Data freezes (ADMIN): every freeze with a link to its report, and a form that freezes the data as they are now, as
 * {@code freeze create NAME --note TEXT} does (docs/provenance.md).
 */
@Controller
class FreezePage {

    private final Freezes freezes;

    FreezePage(Freezes freezes) {
        this.freezes = freezes;
    }

    @GetMapping("/admin/freezes")
    String freezes(Model model) {
        model.addAttribute("freezes", freezes.list());
        return "admin/freezes";
    }

    @PostMapping("/admin/freezes")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) String note,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            FreezeSummary created =
                    freezes.create(name.strip(), note == null || note.isBlank() ? null : note.strip(), user.getName());
            redirect.addFlashAttribute(
                    "message",
                    "Freeze " + created.name() + " created at data version " + created.dataVersion() + " ("
                            + created.sizeBytes() + " bytes).");
        } catch (IllegalArgumentException e) {
            // a name taken or not allowed, or nothing to freeze: the form again, with why
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/admin/freezes";
    }
}
