package org.thyrobank.mirna;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.mirna.normalisation.QpcrParameters;
import org.thyrobank.mirna.persistence.QpcrValueMapper;
import org.thyrobank.mirna.persistence.QpcrValueMapper.PlateSummaryRow;

/**
 * The stored plates for the lab's plate pages: the list with each plate's counts and QC flags, and one plate's QC
 * (its NTC wells and flags). The flags are {@link QpcrQueries#qcFlags()}, those of the report, plate by plate.
 */
@Service
public class QpcrPlates {

    private final QpcrValueMapper values;
    private final QpcrQueries qpcr;
    private final QpcrParameters parameters = QpcrParameters.fromReference();

    QpcrPlates(QpcrValueMapper values, QpcrQueries qpcr) {
        this.values = values;
        this.qpcr = qpcr;
    }

    /** Every stored plate, in plate id order. */
    @Transactional(readOnly = true)
    public List<PlateSummary> plates() {
        Map<String, Long> flags =
                qpcr.qcFlags().stream().collect(Collectors.groupingBy(QcFlag::plate, Collectors.counting()));
        return values.plateSummaries().stream()
                .map(row -> summary(row, flags.getOrDefault(row.plateId(), 0L).intValue()))
                .toList();
    }

    /** The QC of plate {@code plateId}; empty when no plate has that id. */
    @Transactional(readOnly = true)
    public Optional<PlateQc> plate(String plateId) {
        PlateSummaryRow row = values.plateSummary(plateId);
        if (row == null) {
            return Optional.empty();
        }
        List<QcFlag> flags = qpcr.qcFlags().stream()
                .filter(flag -> flag.plate().equals(plateId))
                .toList();
        List<PlateQc.CheckedNtc> ntcWells = values.ntcWellsOfPlate(plateId).stream()
                .map(ntc -> new NtcWell(ntc.assay(), ntc.cq(), ntc.well(), ntc.qpcrRunId()))
                .map(ntc -> new PlateQc.CheckedNtc(ntc, parameters.ntcAmplified(ntc.cq())))
                .toList();
        return Optional.of(new PlateQc(summary(row, flags.size()), ntcWells, flags, parameters));
    }

    private static PlateSummary summary(PlateSummaryRow row, int flags) {
        return new PlateSummary(
                row.plateId(),
                row.sourceFile(),
                row.software(),
                row.wells(),
                row.specimens(),
                row.ntcWells(),
                flags,
                row.importedAt());
    }
}
