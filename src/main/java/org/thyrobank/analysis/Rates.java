package org.thyrobank.analysis;

import java.util.Arrays;
import java.util.List;
import org.thyrobank.analysis.Report.CentreRate;
import org.thyrobank.analysis.Report.RateBlock;
import org.thyrobank.analysis.stats.BinomialTest;

/** Rate blocks: k of n with the Clopper-Pearson 95 % interval of {@code binom.test(k, n)}. */
final class Rates {

    private Rates() {}

    static RateBlock block(int k, int n) {
        if (n == 0) {
            return new RateBlock(0, 0, null, Arrays.asList(null, null));
        }
        var test = BinomialTest.test(k, n, 0.5);
        return new RateBlock(n, k, test.estimate(), List.of(test.ciLower(), test.ciUpper()));
    }

    static CentreRate ofCentre(String centre, int k, int n) {
        RateBlock block = block(k, n);
        return new CentreRate(centre, block.n(), block.k(), block.rate(), block.ci95());
    }
}
