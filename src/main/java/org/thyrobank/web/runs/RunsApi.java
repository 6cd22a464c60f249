package org.thyrobank.web.runs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.genomics.SequencingRuns;
import org.thyrobank.genomics.SequencingRuns.RunDetail;
import org.thyrobank.genomics.SequencingRuns.RunSummary;
import org.thyrobank.genomics.SequencingRuns.VcfLines;
import org.thyrobank.genomics.SignOutRefusedException;
import org.thyrobank.genomics.SignOuts;
import org.thyrobank.genomics.SignOuts.SignOut;
import org.thyrobank.genomics.UnknownRunException;
import org.thyrobank.web.NotFoundException;

/** The run list, a run's calls with their evidence, the VCF lines behind a call, and the run's sign-out (LAB). */
@RestController
@RequestMapping("/api/v1/runs")
class RunsApi {

    private final SequencingRuns runs;
    private final SignOuts signOuts;

    RunsApi(SequencingRuns runs, SignOuts signOuts) {
        this.runs = runs;
        this.signOuts = signOuts;
    }

    @Operation(
            summary = "Sequencing runs (LAB, ADMIN)",
            description = "Every stored run by run id: specimens, VCFs, calls by status (MUTANT, WILD_TYPE, NO_CALL),"
                    + " the last import, state PRELIMINARY or SIGNED_OUT and the standing sign-out.")
    @GetMapping
    List<RunSummary> list() {
        return runs.runs();
    }

    @Operation(
            summary = "One sequencing run (LAB, ADMIN)",
            description = "The run's VCFs with who imported them, each specimen's call for every catalogue hotspot"
                    + " with its evidence (depth at the locus, alt reads, VAF, NO_CALL reason, the variant rows over"
                    + " the locus with caller and FILTER), the thresholds the calls were made with, and every sign-out"
                    + " and withdrawal. 404 for an unknown run.")
    @GetMapping("/{run}")
    RunDetail run(@Parameter(description = "A run id (sequencing/<run>/)", example = "R01") @PathVariable String run) {
        return runs.run(run).orElseThrow(() -> new NotFoundException("no sequencing run " + run));
    }

    @Operation(
            summary = "The VCF lines behind a call (LAB, ADMIN)",
            description = "The records of the specimen's VCF in this run that reach the hotspot's locus, numbered as"
                    + " in the file, read from the file's stored bytes. 404 for an unknown run, specimen or hotspot.")
    @GetMapping("/{run}/calls/{specimen}/{hotspot}/vcf-lines")
    VcfLines vcfLines(@PathVariable String run, @PathVariable String specimen, @PathVariable String hotspot) {
        return runs.vcfLines(run, specimen, hotspot)
                .orElseThrow(() -> new NotFoundException(
                        "no VCF of specimen " + specimen + " in run " + run + " for hotspot " + hotspot));
    }

    @Operation(
            summary = "Sign out the run's calls (LAB)",
            description = "Four eyes: a lab member who imported none of the run's VCFs signs them out (409 for the"
                    + " importer, or when the run is signed out already). 404 for an unknown run. Audited.")
    @PostMapping("/{run}/sign-out")
    SignOut signOut(@PathVariable String run, Authentication user) {
        return signOuts.signOut(run, user.getName());
    }

    @Operation(
            summary = "Withdraw the run's sign-out (LAB)",
            description = "Optional JSON body {\"reason\": \"...\"}. The calls are PRELIMINARY again; 409 when the run"
                    + " is not signed out, 404 for an unknown run. Audited.")
    @DeleteMapping("/{run}/sign-out")
    RunDetail withdraw(
            @PathVariable String run, @RequestBody(required = false) Map<String, String> body, Authentication user) {
        signOuts.withdraw(run, user.getName(), body == null ? null : body.get("reason"));
        return run(run);
    }

    @ExceptionHandler
    ProblemDetail refused(SignOutRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownRunException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
