/**
 * The lab's sequencing runs: the run list and run page with every call's evidence, the four-eyes sign-out, a
 * specimen's molecular report, and the same as JSON under {@code /api/v1/runs} (docs/lab-pages.md).
 */
package org.thyrobank.web.runs;
