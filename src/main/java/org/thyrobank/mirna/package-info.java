/**
 * Circulating miRNA measured by RT-qPCR: what other modules may use.
 *
 * <p>{@link org.thyrobank.mirna.QpcrQueries} is the module's face for the report and the web: QC flags, dCq and
 * ddCq of the stored plates. {@link org.thyrobank.mirna.plate.PlateReader} reads a plate file (long CSV, RDML
 * 1.0-1.4, the Applied Biosystems, Bio-Rad and LightCycler exports, the reader chosen from the content) into a
 * {@link org.thyrobank.mirna.QpcrPlate} of
 * {@link org.thyrobank.mirna.QpcrMeasurement}s and {@link org.thyrobank.mirna.ReplicateMean}s, checked against a
 * {@link org.thyrobank.mirna.SpecimenRegistry} and the {@link org.thyrobank.mirna.AssayPanel}; {@code normalisation}
 * turns plate Cq into QC flags, dCq and ddCq and ranks candidate reference miRNAs. Both are plain Java: no Spring,
 * no database. {@code importing} stores plate files (the {@code qpcrImport} job), {@code persistence} holds the
 * module's MyBatis mappers and is not for other modules.
 */
package org.thyrobank.mirna;
