/**
 * The trial's report: what other modules (the CLI's {@code report}, the web API) may use.
 *
 * <p>{@link org.thyrobank.analysis.ReportBuilder#build} turns a {@link org.thyrobank.analysis.ReportInput} (derived
 * clinical data, the clinical rows, the patients' hotspot statuses, the normalised miRNA and its QC flags, the null
 * rate) into a {@link org.thyrobank.analysis.Report}: cohort, primary endpoint, factor x outcome associations (factors
 * by {@link org.thyrobank.analysis.PatientFactors}), PFS/OS by mutation, miRNA tests, correlations and the descriptive
 * tables, every figure by the R-exact statistics of {@code analysis.stats}. {@link org.thyrobank.analysis.ReportJson},
 * {@link org.thyrobank.analysis.ReportTsv} and {@link org.thyrobank.analysis.ReportHtml} write it;
 * {@link org.thyrobank.analysis.ReportOptions} holds what the user asked for, with the defaults of
 * {@code reference/report.properties}. Plain Java: no Spring, no database (the Spring service that gathers the input
 * from the other modules' queries is the one exception).
 */
package org.thyrobank.analysis;
