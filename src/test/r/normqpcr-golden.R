# Golden values for org.thyrobank.mirna.normalisation.GeNorm and NormFinder computed by R/Bioconductor NormqPCR's
# own code (selectHKs, stabMeasureM, stabMeasureRho) on NormqPCR's own example data, as its vignette does:
#   data(geNorm)  Vandesompele et al. 2002, Genome Biol 3(7):research0034, supplementary table (relative
#                 quantities of 10 reference genes in 85 samples of 5 tissues); geNorm per tissue, log = FALSE
#   data(Colon)   Andersen et al. 2004, Cancer Res 64:5245 (13 genes, 40 colon samples, 4 classes);
#                 stabMeasureRho(Colon, group = Class, log = FALSE), selectHKs(method = "NormFinder",
#                 minNrHKs = 12), and the vignette's geNorm ranking of Colon
# and, last, NormqPCR on our own reference-candidates.tsv (log = TRUE), the data of GeNormTests and NormFinderTests.
# Held as literals by GeNormNormqPcrTests and NormFinderNormqPcrTests.
#
# NormqPCR is not installable on the build machine (Bioconductor unreachable, no Debian r-bioc-normqpcr, and its
# dependencies ReadqPCR and qpcR are not in Debian either), and neither its code nor its data is in this
# repository. Get a checkout of the package source, e.g.
#   git clone https://git.bioconductor.org/packages/NormqPCR      (or the GitHub mirror github.com/bioc/NormqPCR)
# and run from the repository root:
#   Rscript src/test/r/normqpcr-golden.R /path/to/NormqPCR                  prints the goldens
#   Rscript src/test/r/normqpcr-golden.R /path/to/NormqPCR --write-data DIR writes DIR/normqpcr-genorm.tsv and
#                 DIR/normqpcr-colon.tsv, the two data sets as the Java tests read them (one row per sample:
#                 sample, group, then the genes' values as in exprs()); the tests skip unless they find them on
#                 the test classpath (org/thyrobank/mirna/normalisation/) or in -Dthyrobank.normqpcr.data=DIR
# The script sources the checkout's R/allGenerics.R, geomMean.R, stabMeasureM.R, stabMeasureRho.R and
# selectHKs.R into base R + methods (the qPCRBatch methods then only print "no definition for class" notes;
# their matrix methods are what the qPCRBatch methods call, with x = t(exprs(batch))), and reads the data from
# the checkout's data/geNorm.RData and data/Colon.RData without Biobase (exprs and pData are read from the
# objects' slots). Made with R 4.2.2 and NormqPCR 1.53.0 (github.com/bioc/NormqPCR at 291a5b8).

args <- commandArgs(trailingOnly = TRUE)
if (!(length(args) == 1 || (length(args) == 3 && args[2] == "--write-data")) ||
    !file.exists(file.path(args[1], "R", "selectHKs.R"))) {
  stop("usage: Rscript src/test/r/normqpcr-golden.R /path/to/NormqPCR-checkout [--write-data DIR]")
}
checkout <- args[1]
suppressMessages(library(methods))
for (f in c("allGenerics.R", "geomMean.R", "stabMeasureM.R", "stabMeasureRho.R", "selectHKs.R")) {
  suppressMessages(source(file.path(checkout, "R", f)))
}
version <- read.dcf(file.path(checkout, "DESCRIPTION"), fields = "Version")[1, 1]

# exprs() and pData() of a Biobase eSet, read from its slots (Biobase need not be installed)
batch <- function(name) {
  e <- new.env()
  load(file.path(checkout, "data", paste0(name, ".RData")), envir = e)
  e[[ls(e)[1]]]
}
exprs_of <- function(b) get("exprs", envir = slot(b, "assayData"))
pdata_of <- function(b) slot(slot(b, "phenoData"), "data")

geNorm <- exprs_of(batch("geNorm"))                       # genes x samples, as exprs(geNorm.qPCRBatch)
tissue <- as.factor(c(rep("BM", 9), rep("FIB", 20), rep("LEU", 13), rep("NB", 34), rep("POOL", 9)))  # vignette
stopifnot(identical(substr(colnames(geNorm), 1, nchar(as.character(tissue))), as.character(tissue)))
Colon <- batch("Colon")
colon <- exprs_of(Colon)
Class <- pdata_of(Colon)[, "Classification"]
stopifnot(identical(rownames(pdata_of(Colon)), colnames(colon)))

if (length(args) == 3) {
  write_data <- function(x, group, file, citation) {
    v <- t(x)
    cells <- matrix(as.character(v), nrow(v))             # 15 significant digits: every value reads back exactly
    stopifnot(all(as.numeric(cells) == as.vector(v)))
    lines <- c(citation, paste(c("sample", "group", colnames(v)), collapse = "\t"),
               apply(cbind(rownames(v), as.character(group), cells), 1, paste, collapse = "\t"))
    writeLines(lines, file.path(args[3], file))
    cat("wrote", file.path(args[3], file), "\n")
  }
  write_data(geNorm, tissue, "normqpcr-genorm.tsv", c(
    "# NormqPCR's example data set data(geNorm) (exprs(geNorm.qPCRBatch), transposed: one row per sample), the published",
    "# table of Vandesompele J, De Preter K, Pattyn F et al. (2002) Accurate normalization of real-time quantitative",
    "# RT-PCR data by geometric averaging of multiple internal control genes. Genome Biology 3(7):research0034,",
    "# additional data file 1 (gb-2002-3-7-research0034-s1.txt): relative quantities (not Cq) of 10 candidate reference",
    "# genes in 85 samples; group = tissue as in the NormqPCR vignette (BM, FIB, LEU, NB, POOL).",
    paste0("# Written by src/test/r/normqpcr-golden.R from NormqPCR ", version,
           " data/geNorm.RData (Perkins et al. 2012, BMC Genomics 13:296).")))
  write_data(colon, Class, "normqpcr-colon.tsv", c(
    "# NormqPCR's example data set data(Colon) (exprs(Colon), transposed: one row per sample; group =",
    "# pData(Colon)$Classification), the colon cancer data of Andersen CL, Jensen JL, Orntoft TF (2004) Normalization",
    "# of real-time quantitative reverse transcription-PCR data: a model-based variance estimation approach to identify",
    "# genes suited for normalization, applied to bladder and colon cancer data sets. Cancer Research 64:5245-5250,",
    "# supplementary data (www.mdl.dk/Publications_sup1.htm): expression on the linear scale (not Cq) of 13 candidate",
    "# reference genes in 40 samples, 10 per class.",
    paste0("# Written by src/test/r/normqpcr-golden.R from NormqPCR ", version,
           " data/Colon.RData (Perkins et al. 2012, BMC Genomics 13:296).")))
  quit(save = "no")
}

g <- function(label, x) {
  cat(sprintf("%-28s %s\n", label, paste(if (is.character(x)) x else sprintf("%.15g", x), collapse = ", ")))
}
named <- function(label, x) for (n in names(x)) g(paste(label, n), x[[n]])

cat("# ", R.version.string, ", NormqPCR ", version, " sourced from ", normalizePath(checkout), "\n", sep = "")

for (t in levels(tissue)) {
  x <- t(geNorm[, tissue == t])                           # what selectHKs(geNorm.qPCRBatch[, tissue == t]) uses
  cat("\n## geNorm", t, "- selectHKs(method = \"geNorm\", minNrHKs = 2, log = FALSE)\n")
  named("M", stabMeasureM(x, log = FALSE))
  res <- selectHKs(x, method = "geNorm", Symbols = rownames(geNorm), minNrHKs = 2, log = FALSE, trace = FALSE)
  g("ranking", unname(res$ranking))
  named("meanM", res$meanM)
  named("variation", res$variation)
}

x <- t(colon)
cat("\n## Colon - stabMeasureRho(Colon, group = Class, log = FALSE), groups", paste(sort(unique(Class))), "\n")
named("rho", stabMeasureRho(x, group = factor(Class), log = FALSE))
res <- selectHKs(x, group = factor(Class), method = "NormFinder", Symbols = rownames(colon), minNrHKs = 12,
                 log = FALSE, trace = FALSE)
cat("## Colon - selectHKs(method = \"NormFinder\", minNrHKs = 12, log = FALSE)\n")
g("ranking", unname(res$ranking))
g("rho", unname(res$rho))
res <- selectHKs(x, method = "geNorm", Symbols = rownames(colon), minNrHKs = 2, log = FALSE, trace = FALSE)
cat("## Colon - selectHKs(method = \"geNorm\", minNrHKs = 2, log = FALSE)\n")
named("M", stabMeasureM(x, log = FALSE))
g("ranking", unname(res$ranking))
named("meanM", res$meanM)
named("variation", res$variation)

# The study's own candidates (reference-candidates.tsv, Cq, groups PRE/POST), with log = TRUE: NormqPCR's figures
# for the data of GeNormTests and NormFinderTests, whose goldens come from the base-R reference-stability.R
own <- read.delim("src/test/resources/org/thyrobank/mirna/normalisation/reference-candidates.tsv", comment.char = "#", check.names = FALSE)
x <- as.matrix(own[, -(1:2)])
cat("\n## reference-candidates.tsv - selectHKs(method = \"geNorm\", minNrHKs = 2, log = TRUE)\n")
named("M", stabMeasureM(x, log = TRUE))
res <- selectHKs(x, method = "geNorm", Symbols = colnames(x), minNrHKs = 2, log = TRUE, trace = FALSE)
g("ranking", unname(res$ranking))
named("meanM", res$meanM)
named("variation", res$variation)
cat("## reference-candidates.tsv - stabMeasureRho(group = timepoint, log = TRUE), selectHKs(NormFinder, minNrHKs = 4)\n")
named("rho", stabMeasureRho(x, group = factor(own$group), log = TRUE))
res <- selectHKs(x, group = factor(own$group), method = "NormFinder", Symbols = colnames(x), minNrHKs = 4,
                 log = TRUE, trace = FALSE)
g("ranking", unname(res$ranking))
g("rho", unname(res$rho))
