/**
 * Writing what the database holds for other tools. {@link org.thyrobank.export.CbioportalStudy} writes a cBioPortal
 * study folder from plain inputs; {@link org.thyrobank.export.CbioportalExport} gathers them from the clinical and
 * genomics queries for {@code export --format cbioportal} and the cohort page's download;
 * {@link org.thyrobank.export.TidyCsvExport} writes the tidy tables of {@code export --format csv}; both write a
 * {@code provenance.json} beside their files ({@code ExportProvenance}).
 */
package org.thyrobank.export;
