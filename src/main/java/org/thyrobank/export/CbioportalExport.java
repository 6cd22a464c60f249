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

    CbioportalExport(ClinicalQueries clinical, HotspotQueries hotspots) {
        this.clinical = clinical;
        this.hotspots = hotspots;
    }

    /**
     * Writes the study folder; an {@link IllegalStateException} when the database holds no clinical data, or when
     * {@code reference/genes.tsv} lacks a catalogue gene (checked before anything is written).
     */
    public List<String> write(Path dir, GenomeBuild build) throws IOException {
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
        return CbioportalStudy.write(
                dir,
                new CbioportalStudy.Input(
                        patients,
                        new PatientFactors(hotspots.patientStatuses()),
                        tumours,
                        sequenced,
                        mutant,
                        catalogue,
                        GeneIds.load(),
                        build));
    }
}
