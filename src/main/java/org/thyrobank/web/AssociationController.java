package org.thyrobank.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.AssociationQuery;
import org.thyrobank.analysis.ReportService;

@RestController
@RequestMapping("/api/v1")
class AssociationController {

    private final ReportService reports;

    AssociationController(ReportService reports) {
        this.reports = reports;
    }

    /** One 2x2 association with Fisher's test and the patients behind each cell; 400 naming a bad parameter. */
    @GetMapping("/associations")
    AssociationQuery.Answer association(@RequestParam(required = false) String factor,
                                        @RequestParam(required = false) String outcome,
                                        @RequestParam(required = false) String centre,
                                        @RequestParam(required = false) String histology) {
        return reports.association(factor, outcome, centre, histology)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no patients: the database holds no clinical data"));
    }
}
