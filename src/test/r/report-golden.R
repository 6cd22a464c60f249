# Golden figures for org.thyrobank.analysis.ReportBuilderTests, computed with R's defaults from the fixture
# cohort in src/test/resources/org/thyrobank/analysis (cohort.csv, lesions.csv, mirna.csv; optional files below).
# Run from the repository root:
#   Rscript src/test/r/report-golden.R > src/test/resources/org/thyrobank/analysis/report-golden.tsv
# or on another fixture folder with the same three CSVs, and optionally another null rate (default 0.2):
#   Rscript src/test/r/report-golden.R src/test/resources/org/thyrobank/analysis/study-example-fixture 0.2
# It prints key<TAB>value lines with the keys of ReportTsv; the factors, exclusions and tests are worked out here
# independently of the Java code, from analyses.md and interfaces.md. (Made with R 4.2.2, survival 3.5-3.)
suppressMessages(library(survival))
options(warn = 1)
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "src/test/resources/org/thyrobank/analysis"
null_rate <- if (length(args) >= 2) as.numeric(args[2]) else 0.2
cohort <- read.csv(file.path(dir, "cohort.csv"), stringsAsFactors = FALSE, na.strings = "")
lesions <- read.csv(file.path(dir, "lesions.csv"), stringsAsFactors = FALSE, na.strings = "")
mirna <- read.csv(file.path(dir, "mirna.csv"), stringsAsFactors = FALSE, na.strings = "")
# optional: qc_flags.csv (plate, specimen_id, issue; without it no specimen is flagged), adverse_events.csv
# (patient_id, term, grade: the reported events) and lab_nadirs.csv (patient_id, test, grade: the CTCAE grade of
# each patient's nadir after therapy, as the clinical module derives it); without them no toxicity table
optional <- function(name) {
  file <- file.path(dir, name)
  if (file.exists(file)) read.csv(file, stringsAsFactors = FALSE) else NULL
}
flagged <- optional("qc_flags.csv")$specimen_id
adverse_events <- optional("adverse_events.csv")
lab_nadirs <- optional("lab_nadirs.csv")

out <- function(key, value) {
  text <- if (is.null(value) || length(value) == 0 || is.na(value)) "NA"
          else if (is.character(value)) value
          else if (is.infinite(value)) "NA"
          else if (is.logical(value)) tolower(as.character(value))
          else if (value == round(value) && abs(value) < 1e9) sprintf("%d", as.integer(value))
          else sprintf("%.15g", value)
  cat(key, "\t", text, "\n", sep = "")
}
lgl <- function(x) ifelse(is.na(x), NA, x == "true" | x == TRUE)

# --- patient factors (analyses.md): TRUE = MUTANT / true, FALSE = WILD_TYPE / false, NA = NO_CALL
status <- function(x) ifelse(is.na(x) | x == "NO_CALL", NA, x == "MUTANT")
braf <- status(cohort$braf_v600e)
c228 <- status(cohort$tert_c228t)
c250 <- status(cohort$tert_c250t)
tert <- ifelse(c228 %in% TRUE | c250 %in% TRUE, TRUE, ifelse(c228 %in% FALSE & c250 %in% FALSE, FALSE, NA))
both <- ifelse(braf %in% TRUE & tert %in% TRUE, TRUE, ifelse(braf %in% FALSE | tert %in% FALSE, FALSE, NA))
fdg <- lgl(cohort$fdg_positive)
factors <- list("BRAF_V600E" = braf, "TERT_PROMOTER" = tert, "BRAF_V600E+TERT" = both, "FDG_POSITIVE" = fdg)
levels_of <- list("BRAF_V600E" = c("MUTANT", "WILD_TYPE"), "TERT_PROMOTER" = c("MUTANT", "WILD_TYPE"),
                  "BRAF_V600E+TERT" = c("true", "false"), "FDG_POSITIVE" = c("true", "false"))
evaluable <- lgl(cohort$evaluable)
outcomes <- list(SOFT_TISSUE_CR = lgl(cohort$soft_tissue_cr), IODINE_REFRACTORY = lgl(cohort$iodine_refractory),
                 RADIORESISTANT = lgl(cohort$radioresistant))
evaluable_only <- c(SOFT_TISSUE_CR = TRUE, IODINE_REFRACTORY = FALSE, RADIORESISTANT = TRUE)

out("cohort.patients", nrow(cohort))
out("cohort.evaluable", sum(evaluable))

# --- primary endpoint: binom.test among evaluable patients, p0 = null_rate
cr <- outcomes$SOFT_TISSUE_CR[evaluable]
undefined_cr <- sum(is.na(cr))
cr <- cr[!is.na(cr)]
k <- sum(cr); n <- length(cr)
out("primary_endpoint.evaluable", n)
out("primary_endpoint.responders", k)
out("primary_endpoint.rate", k / n)
ci <- binom.test(k, n)$conf.int
out("primary_endpoint.ci95.lower", ci[1]); out("primary_endpoint.ci95.upper", ci[2])
out("primary_endpoint.null_rate", null_rate)
out("primary_endpoint.p_value", binom.test(k, n, null_rate, alternative = "greater")$p.value)
out("primary_endpoint.left_out.not_evaluable", sum(!evaluable))
out("primary_endpoint.left_out.undefined_outcome", undefined_cr)

# --- associations: fisher.test(matrix(c(a, c, b, d), 2)); left out: not evaluable, then NO_CALL, then undefined
for (f in names(factors)) for (o in names(outcomes)) {
  key <- paste("associations", f, o, sep = ".")
  x <- factors[[f]]; y <- outcomes[[o]]
  not_eval <- if (evaluable_only[[o]]) !evaluable else rep(FALSE, length(x))
  no_call <- !not_eval & is.na(x)
  undefined <- !not_eval & !no_call & is.na(y)
  keep <- !not_eval & !no_call & !undefined
  a <- sum(x[keep] & y[keep]); b <- sum(x[keep] & !y[keep]); c <- sum(!x[keep] & y[keep]); d <- sum(!x[keep] & !y[keep])
  lv <- levels_of[[f]]
  out(paste0(key, ".table.", lv[1], ".true"), a); out(paste0(key, ".table.", lv[1], ".false"), b)
  out(paste0(key, ".table.", lv[2], ".true"), c); out(paste0(key, ".table.", lv[2], ".false"), d)
  out(paste0(key, ".n"), sum(keep))
  ft <- fisher.test(matrix(c(a, c, b, d), 2))
  out(paste0(key, ".odds_ratio"), ft$estimate)
  out(paste0(key, ".odds_ratio_ci95.lower"), ft$conf.int[1]); out(paste0(key, ".odds_ratio_ci95.upper"), ft$conf.int[2])
  out(paste0(key, ".p_value"), ft$p.value)
  out(paste0(key, ".left_out.not_evaluable"), sum(not_eval))
  out(paste0(key, ".left_out.no_call"), sum(no_call))
  out(paste0(key, ".left_out.undefined_outcome"), sum(undefined))
}

# --- survival: survfit (median and its CI), survdiff, coxph (Efron) MUTANT vs WILD_TYPE
km <- function(key, time, event) {
  fit <- survfit(Surv(time, event) ~ 1)
  tab <- summary(fit)$table
  out(paste0(key, ".n"), length(time)); out(paste0(key, ".events"), sum(event))
  out(paste0(key, ".median_months"), tab[["median"]])
  out(paste0(key, ".median_ci95.lower"), tab[["0.95LCL"]]); out(paste0(key, ".median_ci95.upper"), tab[["0.95UCL"]])
  # the curve: one step per distinct time, censoring-only times included, as survfit keeps them
  for (i in seq_along(fit$time)) {
    step <- paste0(key, ".curve.", i - 1)
    out(paste0(step, ".time"), fit$time[i]); out(paste0(step, ".at_risk"), fit$n.risk[i])
    out(paste0(step, ".events"), fit$n.event[i]); out(paste0(step, ".censored"), fit$n.censor[i])
    out(paste0(step, ".survival"), fit$surv[i])
  }
}
for (endpoint in c("PFS", "OS")) {
  time <- if (endpoint == "PFS") cohort$pfs_months else cohort$os_months
  event <- lgl(if (endpoint == "PFS") cohort$pfs_event else cohort$os_event)
  has_time <- !is.na(time)
  km(paste0("survival.", endpoint, ".overall"), time[has_time], event[has_time])
  out(paste0("survival.", endpoint, ".overall.left_out.no_survival_time"), sum(!has_time))
  for (f in c("BRAF_V600E", "TERT_PROMOTER")) {
    key <- paste("survival", endpoint, f, sep = ".")
    g <- factors[[f]]
    keep <- has_time & !is.na(g)
    t <- time[keep]; e <- event[keep]; mutant <- g[keep]
    km(paste0(key, ".groups.MUTANT"), t[mutant], e[mutant])
    km(paste0(key, ".groups.WILD_TYPE"), t[!mutant], e[!mutant])
    sd <- survdiff(Surv(t, e) ~ mutant)
    out(paste0(key, ".logrank_p"), pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE))
    cox <- coxph(Surv(t, e) ~ as.numeric(mutant))
    out(paste0(key, ".hazard_ratio"), exp(coef(cox)))
    hci <- exp(confint(cox))
    out(paste0(key, ".hazard_ratio_ci95.lower"), hci[1]); out(paste0(key, ".hazard_ratio_ci95.upper"), hci[2])
    out(paste0(key, ".left_out.no_survival_time"), sum(!has_time))
    out(paste0(key, ".left_out.no_call"), sum(has_time & is.na(g)))
  }
}

# --- miRNA: miRNAs detected in every specimen; PRE dCq CR vs non-CR (wilcox.test); POST vs PRE paired
specimens <- unique(mirna$specimen_id)
detected <- tapply(!is.na(mirna$dcq), mirna$mirna, sum)
tested <- sort(names(detected)[detected == length(specimens)])
out("mirna_qc.tested_mirnas", paste(tested, collapse = ","))
p_group <- c(); p_paired <- c()
for (m in tested) {
  pre <- mirna[mirna$mirna == m & mirna$timepoint == "PRE", ]
  post <- mirna[mirna$mirna == m & mirna$timepoint == "POST", ]
  i <- match(pre$patient_id, cohort$patient_id)
  in_test <- evaluable[i] & !is.na(outcomes$SOFT_TISSUE_CR[i])
  crs <- outcomes$SOFT_TISSUE_CR[i]
  x <- pre$dcq[in_test & crs]; y <- pre$dcq[in_test & !crs]
  key <- paste0("mirna.", m, ".pre_cr_vs_noncr")
  out(paste0(key, ".n"), length(x) + length(y)); out(paste0(key, ".n_cr"), length(x)); out(paste0(key, ".n_non_cr"), length(y))
  out(paste0(key, ".flagged_specimens"), sum(pre$specimen_id[in_test] %in% flagged))
  p_group[m] <- suppressWarnings(wilcox.test(x, y))$p.value
  out(paste0(key, ".p_value"), p_group[m])
  defined <- evaluable & !is.na(outcomes$SOFT_TISSUE_CR)
  evaluable_without_pre <- sum(defined & !(cohort$patient_id %in% pre$patient_id[!is.na(pre$dcq)]))
  out(paste0(key, ".left_out.not_evaluable"), sum(!evaluable))
  out(paste0(key, ".left_out.undefined_outcome"), sum(evaluable & is.na(outcomes$SOFT_TISSUE_CR)))
  out(paste0(key, ".left_out.missing_sample"), evaluable_without_pre)
  pairs <- merge(pre, post, by = "patient_id", suffixes = c(".pre", ".post"))
  dd <- round(pairs$dcq.post - pairs$dcq.pre, 6)
  # analyses.md: ddCq is rounded to 6 decimals before the test, so that differences equal in decimal are ties.
  # wilcox.test(post, pre, paired = TRUE) differs from this when the binary differences break such ties (here
  # hsa-miR-221-3p, whose dCq are in tenths); for the other miRNAs the two calls agree.
  key <- paste0("mirna.", m, ".post_vs_pre")
  out(paste0(key, ".n"), nrow(pairs)); out(paste0(key, ".median_ddcq"), median(dd))
  out(paste0(key, ".flagged_specimens"), sum(c(pairs$specimen_id.pre, pairs$specimen_id.post) %in% flagged))
  p_paired[m] <- suppressWarnings(wilcox.test(dd))$p.value
  out(paste0(key, ".p_value"), p_paired[m])
  out(paste0(key, ".left_out.missing_sample"), length(setdiff(union(pre$patient_id, post$patient_id), pairs$patient_id)))
}
q_group <- p.adjust(p_group, "BH"); q_paired <- p.adjust(p_paired, "BH")
for (m in tested) {
  out(paste0("mirna.", m, ".pre_cr_vs_noncr.q_value"), q_group[[m]])
  out(paste0("mirna.", m, ".post_vs_pre.q_value"), q_paired[[m]])
}

# --- Spearman: lesion SUVmax vs Gy/GBq; PRE dCq vs the lowest soft-tissue lesion dose, BH across miRNAs
both_read <- lesions[!is.na(lesions$suv_max) & !is.na(lesions$gy_per_gbq), ]
ct <- suppressWarnings(cor.test(both_read$suv_max, both_read$gy_per_gbq, method = "spearman"))
out("correlations.fdg_suvmax_vs_gy_per_gbq.n", nrow(both_read))
out("correlations.fdg_suvmax_vs_gy_per_gbq.rho", ct$estimate)
out("correlations.fdg_suvmax_vs_gy_per_gbq.p_value", ct$p.value)
out("correlations.fdg_suvmax_vs_gy_per_gbq.q_value", NA)  # a single test: no BH adjustment
p_dose <- c()
for (m in tested) {
  pre <- mirna[mirna$mirna == m & mirna$timepoint == "PRE", ]
  dose <- cohort$lowest_soft_tissue_dose_gy[match(pre$patient_id, cohort$patient_id)]
  keep <- !is.na(dose)
  ct <- suppressWarnings(cor.test(pre$dcq[keep], dose[keep], method = "spearman"))
  key <- paste0("correlations.pre_dcq_vs_lowest_soft_tissue_dose.", m)
  out(paste0(key, ".n"), sum(keep)); out(paste0(key, ".rho"), ct$estimate); out(paste0(key, ".p_value"), ct$p.value)
  p_dose[m] <- ct$p.value
}
q_dose <- p.adjust(p_dose, "BH")
for (m in tested) out(paste0("correlations.pre_dcq_vs_lowest_soft_tissue_dose.", m, ".q_value"), q_dose[[m]])

# --- best overall response
for (r in c("CR", "PR", "SD", "PD", "NE")) out(paste0("best_overall_response.", r), sum(cohort$best_response %in% r))
out("best_overall_response.not_assessed", sum(is.na(cohort$best_response)))

# --- toxicity: patients by the grade of their lab nadir; per adverse event term, events, patients and worst grade
for (test in sort(unique(lab_nadirs$test))) {
  g <- lab_nadirs$grade[lab_nadirs$test == test]
  key <- paste0("toxicity.lab_nadirs.", test)
  out(paste0(key, ".patients"), length(g))
  for (grade in 0:4) out(paste0(key, ".grades.", grade), sum(g == grade))
  out(paste0(key, ".max_grade"), max(g))
}
for (term in sort(unique(adverse_events$term))) {
  events <- adverse_events[adverse_events$term == term, ]
  key <- paste0("toxicity.adverse_events.", term)
  out(paste0(key, ".events"), nrow(events)); out(paste0(key, ".patients"), length(unique(events$patient_id)))
  out(paste0(key, ".max_grade"), max(events$grade))
}
