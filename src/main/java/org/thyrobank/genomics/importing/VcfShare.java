package org.thyrobank.genomics.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Which records of its VCF a partition of step {@code storeVariants} stores: the whole file, or one of
 * {@code partitions-per-vcf} contig shares ({@link org.thyrobank.genomics.vcf.ContigShares}). Carried in the
 * partition's execution context, which the workers read from the shared job repository.
 */
record VcfShare(int share, int shares) {

    private static final String SHARE = "contig_share";
    private static final String SHARES = "contig_shares";

    boolean wholeFile() {
        return shares == 1;
    }

    /** The partitions of one VCF, by the names their step executions get: {@code file}, or {@code contigs-K-of-N}. */
    static Map<String, ExecutionContext> partitions(int shares) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (shares == 1) {
            partitions.put("file", new ExecutionContext());
            return partitions;
        }
        for (int share = 0; share < shares; share++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(SHARE, share);
            context.putInt(SHARES, shares);
            partitions.put("contigs-" + (share + 1) + "-of-" + shares, context);
        }
        return partitions;
    }

    static VcfShare of(StepExecution partition) {
        ExecutionContext context = partition.getExecutionContext();
        return context.containsKey(SHARES)
                ? new VcfShare(context.getInt(SHARE), context.getInt(SHARES))
                : new VcfShare(0, 1);
    }
}
