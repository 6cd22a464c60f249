package org.thyrobank.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.Consents;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;
import org.thyrobank.genomics.vcf.HotspotCatalogue;

/** Gathers what the database holds into a {@link CbioportalStudy}; the CLI's {@code export --format cbioportal}. */
@Service
public class CbioportalExport {

    private final ClinicalQueries clinical;
    private final HotspotQueries hotspots;
    private final ExportProvenance provenance;

    CbioportalExport(ClinicalQueries clinical, HotspotQueries hotspots, ExportProvenance provenance) {
        this.clinical = clinical;
        this.hotspots = hotspots;
        this.provenance = provenance;
    }

    /**
     * Writes the study folder and its {@code provenance.json} generated for {@code generatedBy}, all read in one
     * consistent read; an {@link IllegalStateException} when the database holds no clinical data, or when
     * {@code reference/genes.tsv} lacks a catalogue gene (checked before anything is written).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<String> write(Path dir, GenomeBuild build, String generatedBy) throws IOException {
        if (clinical.patientOutcomes().isEmpty()) {
            throw new IllegalStateException(
                    "nothing to export: the database holds no clinical data (import a study first)");
        }
        // only the patients who consented to DATA_SHARING leave the service (docs/consent.md)
        Consents consents = clinical.consents();
        List<PatientOutcome> patients = clinical.patientOutcomes().stream()
                .filter(p -> consents.allows(p.patientId(), Consent.Scope.DATA_SHARING))
                .toList();
        List<Specimen> tumours = clinical.specimens().values().stream()
                .filter(s -> s.kind() == Specimen.Kind.TUMOUR_TISSUE)
                .filter(s -> consents.allows(s.patientId(), Consent.Scope.DATA_SHARING))
                .toList();
        Set<String> sequenced = new LinkedHashSet<>();
        List<HotspotCallRow> mutant = new ArrayList<>();
        for (Specimen tumour : tumours) {
            List<HotspotCallRow> calls = hotspots.callsOfSpecimen(tumour.specimenId());
            if (!calls.isEmpty()) {
                sequenced.add(tumour.specimenId());
            }
            calls.stream().filter(c -> HotspotQueries.MUTANT.equals(c.status())).forEach(mutant::add);
        }
        Map<String, Hotspot> catalogue =
                HotspotCatalogue.load().hotspots().stream().collect(Collectors.toMap(Hotspot::id, Function.identity()));
        List<String> files = new ArrayList<>(CbioportalStudy.write(
                dir,
                new CbioportalStudy.Input(
                        patients,
                        new PatientFactors(hotspots.patientStatuses()),
                        tumours,
                        sequenced,
                        mutant,
                        catalogue,
                        GeneIds.load(),
                        build)));
        files.add(provenance.write(
                dir,
                Map.of("format", "cbioportal", "genome_build", build.name()),
                patientId -> consents.allows(patientId, Consent.Scope.DATA_SHARING),
                generatedBy));
        return files;
    }
}
