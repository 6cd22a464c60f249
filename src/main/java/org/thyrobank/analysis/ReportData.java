package org.thyrobank.analysis;

import java.util.Map;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ConsentExclusions;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrSnapshot;

/**
 * The data a report is computed from, as read in one consistent read and before any option is applied: what a data
 * freeze keeps (docs/provenance.md), consent's exclusions included. {@link ReportService} turns it into a {@link ReportInput} with the options.
 */
public record ReportData(
        ClinicalBundle bundle,
        DerivedClinical derived,
        Map<String, Map<String, String>> hotspotStatuses,
        HotspotQueries.SignedOutStatuses signedOut,
        QpcrSnapshot qpcr,
        ConsentExclusions consent) {}
