package org.thyrobank.web.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.SequencingRuns;
import org.thyrobank.genomics.SequencingRuns.RunDetail;
import org.thyrobank.genomics.SequencingRuns.SpecimenCalls;
import org.thyrobank.genomics.SequencingRuns.VcfLine;
import org.thyrobank.genomics.SignOutRefusedException;
import org.thyrobank.genomics.SignOuts;
import org.thyrobank.genomics.SignOuts.SignOut;
import org.thyrobank.web.NotFoundException;

/** The run list, a run's page with its sign-out forms, the VCF lines behind a call, and a specimen's molecular report. */
@Controller
class RunPages {

    private final SequencingRuns runs;
    private final SignOuts signOuts;
    private final HotspotQueries hotspots;
    private final ClinicalQueries clinical;

    RunPages(SequencingRuns runs, SignOuts signOuts, HotspotQueries hotspots, ClinicalQueries clinical) {
        this.runs = runs;
        this.signOuts = signOuts;
        this.hotspots = hotspots;
        this.clinical = clinical;
    }

    @GetMapping("/lab/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.runs());
        return "lab/runs";
    }

    @GetMapping("/lab/runs/{run}")
    String run(@PathVariable String run, Authentication viewer, Model model) {
        RunDetail detail = runs.run(run).orElseThrow(() -> new NotFoundException("no sequencing run " + run));
        model.addAttribute("run", detail);
        model.addAttribute(
                "standing",
                detail.signOuts().stream().filter(SignOut::standing).findFirst().orElse(null));
        model.addAttribute(
                "importedByViewer",
                detail.files().stream().anyMatch(f -> viewer.getName().equals(f.importedBy())));
        model.addAttribute(
                "importers",
                detail.files().stream()
                        .map(f -> f.importedBy() == null ? "not recorded" : f.importedBy())
                        .distinct()
                        .collect(Collectors.joining(", ")));
        model.addAttribute(
                "mayDecide",
                viewer.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_LAB")));
        return "lab/run";
    }

    @PostMapping("/lab/runs/{run}/sign-out")
    String signOut(@PathVariable String run, Authentication user, RedirectAttributes redirect) {
        try {
            signOuts.signOut(run, user.getName());
            redirect.addFlashAttribute("message", "Run " + run + " signed out by " + user.getName() + ".");
        } catch (SignOutRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/lab/runs/" + UriUtils.encodePathSegment(run, java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/lab/runs/{run}/withdraw")
    String withdraw(
            @PathVariable String run,
            @RequestParam(required = false) String reason,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            signOuts.withdraw(run, user.getName(), reason);
            redirect.addFlashAttribute(
                    "message", "The sign-out of run " + run + " was withdrawn: its calls are" + " preliminary again.");
        } catch (SignOutRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/lab/runs/" + UriUtils.encodePathSegment(run, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The VCF lines behind a call as plain text, each with its line number. */
    @GetMapping("/lab/runs/{run}/vcf-lines")
    ResponseEntity<String> vcfLines(
            @PathVariable String run, @RequestParam String specimen, @RequestParam String hotspot) {
        SequencingRuns.VcfLines lines = runs.vcfLines(run, specimen, hotspot)
                .orElseThrow(() -> new NotFoundException(
                        "no VCF of specimen " + specimen + " in run " + run + " for hotspot " + hotspot));
        StringBuilder text = new StringBuilder("# " + lines.sourceFile() + ", the records reaching " + hotspot + " at "
                + lines.locus() + (lines.lines().isEmpty() ? ": none" : "") + "\n");
        for (VcfLine line : lines.lines()) {
            text.append(line.number()).append('\t').append(line.text()).append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(text.toString());
    }

    @GetMapping("/lab/specimens/{id}/report")
    String molecularReport(@PathVariable String id, Model model) {
        Specimen specimen = clinical.findSpecimen(id).orElseThrow(() -> new NotFoundException("no specimen " + id));
        List<HotspotCallRow> calls = hotspots.callsOfSpecimen(id);
        Map<String, List<SpecimenCalls>> byRun = new LinkedHashMap<>();
        Map<String, RunDetail> details = new LinkedHashMap<>();
        for (String runId :
                calls.stream().map(HotspotCallRow::runId).distinct().sorted().toList()) {
            runs.run(runId).ifPresent(detail -> {
                details.put(runId, detail);
                byRun.put(
                        runId,
                        detail.specimens().stream()
                                .filter(s -> s.specimenId().equals(id))
                                .toList());
            });
        }
        List<ReportRun> reportRuns = new ArrayList<>();
        details.forEach((runId, detail) -> reportRuns.add(new ReportRun(
                detail,
                byRun.get(runId),
                detail.signOuts().stream().filter(SignOut::standing).findFirst().orElse(null))));
        model.addAttribute("specimen", specimen);
        model.addAttribute("runs", reportRuns);
        return "lab/specimen-report";
    }

    /** A run on the molecular report: its VCFs of the specimen and its standing sign-out (null: preliminary). */
    record ReportRun(RunDetail run, List<SpecimenCalls> files, SignOut signOut) {}
}
