/**
 * The researchers' pages under {@code /research/**} (RESEARCHER and ADMIN, one rule in {@code SecurityRules}):
 * cohort, mutation-response query, survival, miRNA and dosimetry. Charts are server-side SVG ({@code SvgCharts}
 * of the report, or {@link org.thyrobank.web.research.Svg} here); every chart and table has its SVG or CSV download
 * at a sibling path ({@code .svg}, {@code .csv}).
 */
package org.thyrobank.web.research;
