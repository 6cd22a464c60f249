/**
 * The lab's qPCR plates: the plate list and a plate's QC page with its NTC wells and QC flags
 * ({@code /lab/plates}, roles LAB and ADMIN; docs/lab-pages.md).
 */
package org.thyrobank.web.plates;
