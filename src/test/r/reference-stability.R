# Golden values for org.thyrobank.mirna.normalisation.GeNorm and NormFinder (see GeNormTests, NormFinderTests).
#
# NOT NormqPCR itself: Bioconductor's NormqPCR cannot be installed on the build machine (no Debian package
# r-bioc-normqpcr, and only Maven Central, Debian and npm are reachable). This script implements in base R the
# published formulas, following the conventions of NormqPCR's selectHKs()/stabMeasureM()/stabMeasureRho() on
# log-scale data (log = TRUE: Cq is used as it is; signs do not change SDs or absolute values). NormqPCR's own
# code, sourced from a checkout by normqpcr-golden.R, prints the same figures for this data to 15 significant
# digits, and the Java is checked against that code on NormqPCR's own example data (GeNormNormqPcrTests,
# NormFinderNormqPcrTests).
#   geNorm   - Vandesompele et al. 2002, Genome Biol 3:research0034: M = mean SD of pairwise log-ratios,
#              stepwise exclusion of the gene with the largest M (first on ties), pairwise variation
#              V(n-1/n) = SD of the difference of the log normalisation factors with n-1 and n genes.
#   NormFinder - Andersen et al. 2004, Cancer Res 64:5245: intragroup variances (negative estimates set to 0,
#              as NormqPCR does), intergroup differences shrunk by gamma^2, rho = mean_g(|d~| + sqrt(v~));
#              the best combination is grown step by step as NormqPCR's selectHKs(method = "NormFinder") does.
# Data: ../resources/org/thyrobank/mirna/normalisation/reference-candidates.tsv (Cq of 8 candidate reference
# miRNAs in 16 plasma specimens of the study example; group = timepoint).
# Run from this folder: Rscript reference-stability.R   (R 4.2.2 made the values in the tests)

data <- read.delim("../resources/org/thyrobank/mirna/normalisation/reference-candidates.tsv",
                   comment.char = "#", check.names = FALSE)
x <- as.matrix(data[, -(1:2)])
group <- factor(data$group)

genorm_m <- function(x) {
  k <- ncol(x)
  m <- sapply(seq_len(k), function(j) mean(apply(x[, j] - x[, -j, drop = FALSE], 2, sd)))
  names(m) <- colnames(x)
  m
}

genorm <- function(x, min_genes = 2) {
  n <- ncol(x)
  ranking <- character(n)
  mean_m <- numeric(0)
  v <- numeric(0)
  for (i in n:min_genes) {
    m <- genorm_m(x)
    mean_m[as.character(i)] <- mean(m)
    worst <- which.max(m)
    if (i == min_genes) {
      ranking[seq_len(min_genes)] <- colnames(x)
    } else {
      ranking[i] <- colnames(x)[worst]
      v[paste0(i - 1, "/", i)] <- sd(rowMeans(x[, -worst, drop = FALSE]) - rowMeans(x))
      x <- x[, -worst, drop = FALSE]
    }
  }
  list(ranking = ranking, meanM = mean_m, variation = v)
}

normfinder_parts <- function(x, group) {
  k <- ncol(x)
  levels_g <- levels(group)
  n_g <- as.vector(table(group))
  gene_means <- t(sapply(levels_g, function(g) colMeans(x[group == g, , drop = FALSE])))  # groups x genes
  sigma2 <- t(sapply(levels_g, function(g) {
    y <- x[group == g, , drop = FALSE]
    r <- y - outer(rep(1, nrow(y)), colMeans(y)) - rowMeans(y) + mean(y)
    s2 <- colSums(r^2) / (nrow(y) - 1)
    pmax((s2 - sum(s2) / (k * (k - 1))) / (1 - 2 / k), 0)
  }))
  d <- gene_means - rowMeans(gene_means) - outer(rep(1, length(levels_g)), colMeans(gene_means)) + mean(gene_means)
  v <- sigma2 / n_g
  gamma2 <- max(sum(d^2) / ((length(levels_g) - 1) * (k - 1)) - mean(v), 0)
  d_shrunk <- d * gamma2 / (gamma2 + v)
  v_shrunk <- v + gamma2 * v / (gamma2 + v)
  list(rho = colMeans(abs(d_shrunk) + sqrt(v_shrunk)), d = d_shrunk, v = v_shrunk)
}

normfinder <- function(x, group, min_genes = 2) {
  parts <- normfinder_parts(x, group)
  k <- ncol(x)
  chosen <- which.min(parts$rho)
  rho_min <- parts$rho[chosen]
  for (i in 2:min_genes) {
    candidates <- setdiff(seq_len(k), chosen)
    rho <- sapply(candidates, function(j) {
      a <- c(chosen, j)
      d <- colMeans(t(parts$d[, a, drop = FALSE])) * sqrt(k / (k - i))
      v <- colMeans(t(parts$v[, a, drop = FALSE])) / i
      mean(abs(d) + sqrt(v))
    })
    chosen <- c(chosen, candidates[which.min(rho)])
    rho_min <- c(rho_min, min(rho))
  }
  list(stability = parts$rho, ranking = colnames(x)[chosen], rho = unname(rho_min))
}

options(digits = 15)
cat("geNorm M (all candidates)\n"); print(genorm_m(x))
g <- genorm(x)
cat("geNorm ranking\n"); print(g$ranking)
cat("geNorm mean M by number of genes\n"); print(g$meanM)
cat("geNorm pairwise variation\n"); print(g$variation)
nf <- normfinder(x, group, min_genes = 4)
cat("NormFinder stability rho\n"); print(nf$stability)
cat("NormFinder best combination (selectHKs, minNrHKs = 4)\n"); print(nf$ranking); print(nf$rho)
