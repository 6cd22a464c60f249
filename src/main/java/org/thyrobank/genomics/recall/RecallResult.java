package org.thyrobank.genomics.recall;

import java.util.List;
import org.thyrobank.genomics.vcf.Thresholds;

/**
 * What one re-call of every stored VCF found.
 *
 * @param thresholds     the thresholds of {@code reference/} the calls were derived with
 * @param files          how many stored VCFs were called again
 * @param changed        the calls whose status or no-call reason changed, run by run, file by file
 * @param refreshedCalls calls whose status stayed but whose figures or recorded thresholds changed
 * @param unrecallable   the stored VCFs that could not be called again, and why
 * @param stored         the new calls were stored (false for a dry run)
 */
public record RecallResult(
        Thresholds thresholds,
        int files,
        List<ChangedCall> changed,
        int refreshedCalls,
        List<UnrecallableFile> unrecallable,
        boolean stored) {

    public RecallResult {
        changed = List.copyOf(changed);
        unrecallable = List.copyOf(unrecallable);
    }
}
