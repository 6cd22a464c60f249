package org.thyrobank.web.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.QueryParameterException;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.analysis.freeze.UnknownFreezeException;

@RestController
@RequestMapping("/api/v1")
class ReportController {

    private final ReportService reports;
    private final Freezes freezes;

    ReportController(ReportService reports, Freezes freezes) {
        this.reports = reports;
        this.freezes = freezes;
    }

    /**
     * The same JSON as {@code thyrobank report --format json}, byte for byte; with {@code freeze}, the report of that
     * data freeze as {@code report --freeze NAME} gives it (docs/provenance.md).
     */
    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(
            @RequestParam(required = false) Double nullRate,
            @RequestParam(required = false) String normalisation,
            @RequestParam(defaultValue = "false") boolean excludeFlagged,
            @RequestParam(required = false) Boolean includePreliminary,
            @RequestParam(required = false) String freeze,
            Authentication user) {
        ReportOptions options;
        try {
            options = ReportOptions.defaults()
                    .withExcludeFlagged(excludeFlagged)
                    .withIncludePreliminary(ReportService.included(includePreliminary));
            if (nullRate != null) {
                options = options.withNullRate(nullRate);
            }
            if (normalisation != null) {
                options = options.withNormalisation(normalisation);
            }
            ReportOptions chosen = options;
            if (freeze != null) {
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(ReportJson.write(freezes.report(freeze, chosen, user.getName())));
            }
            return reports.report(chosen, user.getName())
                    .map(report -> ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(ReportJson.write(report)))
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "nothing to report: the database holds no clinical data"));
        } catch (UnknownFreezeException | QueryParameterException e) {
            throw e; // ApiErrors answers these: 404 naming the freeze, 400 naming the parameter
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
