package org.thyrobank.web.plates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thyrobank.mirna.PlateQc;
import org.thyrobank.mirna.QpcrPlates;
import org.thyrobank.web.NotFoundException;

/** The plate list and a plate's QC page: its NTC wells with their Cq, and its specimens' QC flags. */
@Controller
class PlatePages {

    private final QpcrPlates plates;

    PlatePages(QpcrPlates plates) {
        this.plates = plates;
    }

    @GetMapping("/lab/plates")
    String list(Model model) {
        model.addAttribute("plates", plates.plates());
        return "lab/plates";
    }

    @GetMapping("/lab/plates/{plate}")
    String plate(@PathVariable String plate, Model model) {
        PlateQc qc = plates.plate(plate).orElseThrow(() -> new NotFoundException("no qPCR plate " + plate));
        model.addAttribute("qc", qc);
        return "lab/plate";
    }
}
