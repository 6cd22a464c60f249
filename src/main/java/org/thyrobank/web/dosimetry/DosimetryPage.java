package org.thyrobank.web.dosimetry;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thyrobank.platform.rendering.CsvWriter;
import org.thyrobank.web.Download;

/** Dosimetry (RESEARCHER, ADMIN): each lesion's dose against its 80/650 Gy threshold and the patient's MTA. */
@Controller
class DosimetryPage {

    private final LesionDoseRows doses;

    DosimetryPage(LesionDoseRows doses) {
        this.doses = doses;
    }

    @GetMapping("/research/dosimetry")
    String dosimetry(Model model) {
        List<DoseRow> rows = rows();
        model.addAttribute("rows", rows);
        model.addAttribute("chart", rows.isEmpty() ? null : DoseChart.svg(rows));
        return "research/dosimetry";
    }

    @GetMapping("/research/dosimetry.svg")
    ResponseEntity<String> svg() {
        return Download.attachment(DoseChart.svg(rows()), "lesion-doses.svg", "image/svg+xml");
    }

    @GetMapping("/research/dosimetry.csv")
    ResponseEntity<String> csv() {
        List<List<?>> cells = rows().stream().<List<?>>map(DoseRow::cells).toList();
        return Download.attachment(CsvWriter.text(DoseRow.CSV_HEADER, cells), "lesion-doses.csv", "text/csv");
    }

    private List<DoseRow> rows() {
        return doses.rows();
    }
}
