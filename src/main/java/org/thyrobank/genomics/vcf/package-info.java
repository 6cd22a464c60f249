/**
 * Hotspot calling straight from VCFs; htsjdk stays in here. Plain Java: no Spring, no database.
 *
 * <p>What other packages use:
 * <ul>
 *   <li>{@link org.thyrobank.genomics.vcf.HotspotCaller#call HotspotCaller.call(vcf, settings, warnings)}: one
 *       {@link org.thyrobank.genomics.vcf.HotspotCall} per reported sample and catalogue hotspot, by the rules of
 *       docs/analyses.md (Hotspot calls);</li>
 *   <li>{@link org.thyrobank.genomics.vcf.CallSettings} (sample, build, {@link org.thyrobank.genomics.vcf.Thresholds},
 *       covered-regions BED) and {@link org.thyrobank.genomics.vcf.HotspotCatalogue#load()};</li>
 *   <li>{@link org.thyrobank.genomics.vcf.VcfVariants#open VcfVariants.open(vcf, sample)}: every variant of a file
 *       as {@link org.thyrobank.genomics.vcf.VcfVariant}s, one per sample and alternate allele, streamed;</li>
 *   <li>{@link org.thyrobank.genomics.vcf.GenomeBuild#fromHeader(java.nio.file.Path)}: the build a header names.</li>
 * </ul>
 * The {@code call-hotspots} picocli command lives with the other commands, in {@code org.thyrobank.cli}.
 * Every problem with a file is an {@link org.thyrobank.platform.BundleFileException} naming the file and the line
 * (or, read through an index, the record's position).
 *
 * <p>Inside, in layers: {@code ByteLines}/{@code VcfInput} (text, BGZF or gzip; header through htsjdk's codec),
 * {@code LocusScan} (one streaming pass) or {@code IndexedQuery}/{@code TabixBins} (tabix or CSI), one
 * {@code AlleleCounts} class per caller convention, {@code SampleRecord}, {@code CodonChange} and
 * {@code CodonMatcher} (codon-wise matching and the status precedence).
 */
package org.thyrobank.genomics.vcf;
