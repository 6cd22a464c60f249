# Golden figures of the report, computed with R's defaults from a fixture folder in the format of
# org.thyrobank.analysis.FixtureExport (cohort.csv, lesions.csv, fdg.csv, therapies.csv, mirna.csv, and optionally
# qc_flags.csv, adverse_events.csv, lab_nadirs.csv). Run from the repository root:
#   Rscript src/test/r/report-golden.R > src/test/resources/org/thyrobank/analysis/report-golden.tsv
# or on another fixture folder, and optionally another null rate (default 0.2):
#   Rscript src/test/r/report-golden.R src/test/resources/org/thyrobank/analysis/study-example-fixture 0.2
# It prints key<TAB>value lines with the keys of ReportTsv. Everything is worked out here independently of the Java
# code, from docs/analyses.md: the analysis populations, the dosimetry (MTA, recommended activity, exit, lesion doses,
# IODINE_REFRACTORY, RADIORESISTANT), the factors, the safety and deviation tables and every statistic. The fixture
# gives the inputs only, and the facts that need a RECIST reading of the assessments: SOFT_TISSUE_CR for a patient with
# a visit 182 days or more after the first therapy (empty without one), the best response and which lesions of an
# evaluable patient disappeared. (Made with R 4.2.2, survival 3.5-3.)
suppressMessages(library(survival))
options(warn = 1)
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "src/test/resources/org/thyrobank/analysis"
null_rate <- if (length(args) >= 2) as.numeric(args[2]) else 0.2
# The defaults of reference/dosimetry.properties and reference/report.properties.
soft_tissue_gy <- 80; bone_gy <- 650; blood_limit_gy <- 2
acute_days <- 90; above_mta_tolerance <- 0.005; below_recommended_fraction <- 0.95
read <- function(name) read.csv(file.path(dir, name), stringsAsFactors = FALSE, na.strings = "",
                                colClasses = c(patient_id = "character"))
cohort <- read("cohort.csv")
lesions <- read("lesions.csv")
fdg <- read("fdg.csv")
therapies <- read("therapies.csv")
mirna <- read("mirna.csv")
optional <- function(name) {
  file <- file.path(dir, name)
  if (file.exists(file)) read.csv(file, stringsAsFactors = FALSE, na.strings = "") else NULL
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
rate_block <- function(key, k, n) {
  out(paste0(key, ".n"), n); out(paste0(key, ".k"), k)
  if (n == 0) {
    out(paste0(key, ".rate"), NA); out(paste0(key, ".ci95.lower"), NA); out(paste0(key, ".ci95.upper"), NA)
  } else {
    ci <- binom.test(k, n)$conf.int
    out(paste0(key, ".rate"), k / n); out(paste0(key, ".ci95.lower"), ci[1]); out(paste0(key, ".ci95.upper"), ci[2])
  }
}
ids <- cohort$patient_id
n_patients <- length(ids)

# --- dosimetry and the analysis populations (docs/analyses.md)
first_on <- as.Date(sapply(ids, function(p) {
  t <- therapies[therapies$patient_id == p, ]
  if (nrow(t) == 0) NA_character_ else as.character(min(as.Date(t$treated_on)))
}), origin = "1970-01-01")
first_gbq <- sapply(ids, function(p) {
  t <- therapies[therapies$patient_id == p, ]
  if (nrow(t) == 0) NA else t$administered_gbq[which.min(as.Date(t$treated_on))]
})
has_therapy <- !is.na(first_on)
blood <- cohort$blood_gy_per_gbq
mta <- blood_limit_gy / blood
lesions$threshold <- ifelse(lesions$site == "BONE", bone_gy, soft_tissue_gy)
# D is the exact decimal product (docs/analyses.md); rounding the binary product to 9 decimals gives it back (the
# factors have at most 4 and 3 decimals), so that doses equal in decimal tie in the rank tests as in the report
lesions$dose <- round(lesions$gy_per_gbq * first_gbq[match(lesions$patient_id, ids)], 9)
lesions$mta <- mta[match(lesions$patient_id, ids)]
soft <- lesions$site == "SOFT_TISSUE" & !is.na(lesions$gy_per_gbq)
in_dosimetry <- !is.na(blood) & ids %in% lesions$patient_id[soft]
exit <- in_dosimetry & ids %in% lesions$patient_id[soft & lesions$gy_per_gbq * lesions$mta < soft_tissue_gy]
treated <- in_dosimetry & !exit & has_therapy
cr_all <- lgl(cohort$soft_tissue_cr_all_treated)
evaluable <- treated & !is.na(cr_all)
lesions$evaluable <- evaluable[match(lesions$patient_id, ids)]
lesions$disappeared <- lgl(lesions$disappeared)
soft_cr <- ifelse(evaluable, cr_all, NA)
iodine_refractory <- ifelse(in_dosimetry, exit, NA)
resistant_lesion <- soft & lesions$evaluable & !is.na(lesions$dose) & lesions$dose >= soft_tissue_gy &
  !lesions$disappeared
radioresistant <- ifelse(evaluable, ids %in% lesions$patient_id[resistant_lesion %in% TRUE], NA)
recommended <- sapply(seq_along(ids), function(i) {
  l <- lesions[lesions$patient_id == ids[i] & !is.na(lesions$gy_per_gbq), ]
  if (is.na(blood[i]) || nrow(l) == 0) NA else min(max(l$threshold / l$gy_per_gbq), mta[i])
})
lowest_dose <- sapply(ids, function(p) {
  d <- lesions$dose[soft & lesions$patient_id == p & !is.na(lesions$dose)]
  if (length(d) == 0) NA else min(d)
})
fdg_any <- function(timepoint) sapply(ids, function(p) {
  f <- fdg[fdg$patient_id == p & fdg$timepoint == timepoint, ]
  if (nrow(f) == 0) NA else any(lgl(f$fdg_positive))
})
fdg_pre <- fdg_any("PRE"); fdg_post <- fdg_any("POST")

out("cohort.patients", n_patients)
out("cohort.evaluable", sum(evaluable))
out("populations.enrolled", n_patients)
out("populations.dosimetry", sum(in_dosimetry))
out("populations.exited", sum(exit))
out("populations.treated", sum(treated))
out("populations.evaluable", sum(evaluable))
for (i in order(ids)) {
  step <- NA; reason <- NA
  if (!in_dosimetry[i]) { step <- "enrolled"; reason <- "NO_DOSIMETRY" }
  else if (exit[i]) { step <- "dosimetry"; reason <- "EXIT_TO_STANDARD_CARE" }
  else if (!has_therapy[i]) { step <- "dosimetry"; reason <- "NO_THERAPY" }
  else if (!evaluable[i]) { step <- "treated"; reason <- "NO_VISIT_AT_6_MONTHS" }
  if (!is.na(step)) {
    key <- paste0("populations.left_out.", ids[i])
    out(paste0(key, ".patient_id"), ids[i]); out(paste0(key, ".step"), step); out(paste0(key, ".reason"), reason)
  }
}

# --- primary endpoint: binom.test among evaluable patients, p0 = null_rate; sensitivity; by centre
cr <- soft_cr[evaluable]
k <- sum(cr); n <- length(cr)
out("primary_endpoint.evaluable", n)
out("primary_endpoint.responders", k)
out("primary_endpoint.rate", if (n > 0) k / n else NA)
ci <- if (n > 0) binom.test(k, n)$conf.int else c(NA, NA)
out("primary_endpoint.ci95.lower", ci[1]); out("primary_endpoint.ci95.upper", ci[2])
out("primary_endpoint.null_rate", null_rate)
out("primary_endpoint.p_value", if (n > 0) binom.test(k, n, null_rate, alternative = "greater")$p.value else NA)
out("primary_endpoint.left_out.not_evaluable", sum(!evaluable))
out("primary_endpoint.left_out.undefined_outcome", 0)
sensitivity <- cr_all[has_therapy & !is.na(cr_all)]
rate_block("primary_endpoint.sensitivity_all_treated", sum(sensitivity), length(sensitivity))
centre_table <- matrix(0, 2, 2)
for (c in 1:2) {
  centre <- c("MILAN", "NEGRAR")[c]
  in_centre <- evaluable & cohort$centre %in% centre
  rate_block(paste0("primary_endpoint.by_centre.", centre), sum(soft_cr[in_centre]), sum(in_centre))
  centre_table[c, ] <- c(sum(soft_cr[in_centre]), sum(!soft_cr[in_centre]))
}
out("primary_endpoint.centre_p_value", if (sum(centre_table) > 0) fisher.test(centre_table)$p.value else NA)

# --- best response among the evaluable: counts, ORR, DCR
best <- ifelse(is.na(cohort$best_response), "NE", cohort$best_response)[evaluable]
for (r in c("CR", "PR", "SD", "PD", "NE")) out(paste0("response_rates.best_response.", r), sum(best == r))
rate_block("response_rates.orr", sum(best %in% c("CR", "PR")), length(best))
rate_block("response_rates.dcr", sum(best %in% c("CR", "PR", "SD")), length(best))

# --- patient factors (docs/analyses.md): TRUE = MUTANT / true, FALSE = WILD_TYPE / false, NA = NO_CALL
status <- function(x) ifelse(is.na(x) | x == "NO_CALL", NA, x == "MUTANT")
braf <- status(cohort$braf_v600e)
c228 <- status(cohort$tert_c228t)
c250 <- status(cohort$tert_c250t)
tert <- ifelse(c228 %in% TRUE | c250 %in% TRUE, TRUE, ifelse(c228 %in% FALSE & c250 %in% FALSE, FALSE, NA))
both <- ifelse(braf %in% TRUE & tert %in% TRUE, TRUE, ifelse(braf %in% FALSE | tert %in% FALSE, FALSE, NA))
factors <- list("BRAF_V600E" = braf, "TERT_PROMOTER" = tert, "BRAF_V600E+TERT" = both, "FDG_POSITIVE" = fdg_pre,
                "FDG_POSITIVE_POST" = fdg_post)
levels_of <- list("BRAF_V600E" = c("MUTANT", "WILD_TYPE"), "TERT_PROMOTER" = c("MUTANT", "WILD_TYPE"),
                  "BRAF_V600E+TERT" = c("true", "false"), "FDG_POSITIVE" = c("true", "false"),
                  "FDG_POSITIVE_POST" = c("true", "false"))
outcomes <- list(SOFT_TISSUE_CR = soft_cr, IODINE_REFRACTORY = iodine_refractory, RADIORESISTANT = radioresistant)
evaluable_only <- c(SOFT_TISSUE_CR = TRUE, IODINE_REFRACTORY = FALSE, RADIORESISTANT = TRUE)

# --- associations: fisher.test(matrix(c(a, c, b, d), 2)); left out: not evaluable, then NO_CALL, then undefined;
# BH q over every row of the report
rows <- list()
for (f in c("BRAF_V600E", "TERT_PROMOTER", "BRAF_V600E+TERT", "FDG_POSITIVE")) for (o in names(outcomes)) {
  rows[[length(rows) + 1]] <- c(f, o)
}
rows[[length(rows) + 1]] <- c("FDG_POSITIVE_POST", "SOFT_TISSUE_CR")
p_assoc <- c()
for (row in rows) {
  f <- row[1]; o <- row[2]
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
  p_assoc[key] <- ft$p.value
  out(paste0(key, ".left_out.not_evaluable"), sum(not_eval))
  out(paste0(key, ".left_out.no_call"), sum(no_call))
  out(paste0(key, ".left_out.undefined_outcome"), sum(undefined))
}
q_assoc <- p.adjust(p_assoc, "BH")
for (key in names(q_assoc)) out(paste0(key, ".q_value"), q_assoc[[key]])

# --- survival over the treated: survfit (median and its CI), survdiff, coxph (Efron) MUTANT vs WILD_TYPE
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
  has_time <- treated & !is.na(time)
  if (sum(has_time) > 0) km(paste0("survival.", endpoint, ".overall"), time[has_time], event[has_time])
  out(paste0("survival.", endpoint, ".overall.left_out.not_treated"), sum(!treated))
  out(paste0("survival.", endpoint, ".overall.left_out.no_survival_time"), sum(treated & is.na(time)))
  for (f in c("BRAF_V600E", "TERT_PROMOTER")) {
    key <- paste("survival", endpoint, f, sep = ".")
    g <- factors[[f]]
    keep <- has_time & !is.na(g)
    t <- time[keep]; e <- event[keep]; mutant <- g[keep]
    if (sum(mutant) > 0) km(paste0(key, ".groups.MUTANT"), t[mutant], e[mutant])
    if (sum(!mutant) > 0) km(paste0(key, ".groups.WILD_TYPE"), t[!mutant], e[!mutant])
    if (sum(mutant) > 0 && sum(!mutant) > 0) {
      sd <- survdiff(Surv(t, e) ~ mutant)
      out(paste0(key, ".logrank_p"), pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE))
      cox <- coxph(Surv(t, e) ~ as.numeric(mutant))
      out(paste0(key, ".hazard_ratio"), exp(coef(cox)))
      hci <- exp(confint(cox))
      out(paste0(key, ".hazard_ratio_ci95.lower"), hci[1]); out(paste0(key, ".hazard_ratio_ci95.upper"), hci[2])
    }
    out(paste0(key, ".left_out.not_treated"), sum(!treated))
    out(paste0(key, ".left_out.no_survival_time"), sum(treated & is.na(time)))
    out(paste0(key, ".left_out.no_call"), sum(has_time & is.na(g)))
  }
}

# --- median follow-up: reverse Kaplan-Meier of the OS data of the treated
follow <- treated & !is.na(cohort$os_months)
out("follow_up.method", "reverse_kaplan_meier")
out("follow_up.n", sum(follow))
if (sum(follow) > 0) {
  tab <- summary(survfit(Surv(cohort$os_months[follow], 1 - lgl(cohort$os_event[follow])) ~ 1))$table
  out("follow_up.median_months", tab[["median"]])
  out("follow_up.median_ci95.lower", tab[["0.95LCL"]]); out("follow_up.median_ci95.upper", tab[["0.95UCL"]])
}

# --- toxicity over the treated: treatment-emergent AEs (onset on or after the first therapy, or unknown)
out("toxicity.treated", sum(treated))
ae <- if (is.null(adverse_events)) data.frame(patient_id = character(), term = character(), grade = integer(),
                                              onset_on = character(), attribution = character()) else adverse_events
ae$first <- first_on[match(ae$patient_id, ids)]
ae$day <- as.numeric(as.Date(ae$onset_on) - ae$first)
ae <- ae[ae$patient_id %in% ids[treated] & (is.na(ae$day) | ae$day >= 0), ]
ae$related <- is.na(ae$attribution) | ae$attribution %in% c("POSSIBLE", "PROBABLE", "DEFINITE")
rate_block("toxicity.related_any", length(unique(ae$patient_id[ae$related])), sum(treated))
rate_block("toxicity.related_grade3plus", length(unique(ae$patient_id[ae$related & ae$grade >= 3])), sum(treated))
rate_block("toxicity.acute_related",
           length(unique(ae$patient_id[ae$related & !is.na(ae$day) & ae$day <= acute_days])), sum(treated))
for (term in sort(unique(ae$term))) {
  events <- ae[ae$term == term, ]
  key <- paste0("toxicity.terms.", term)
  out(paste0(key, ".events"), nrow(events))
  out(paste0(key, ".participants"), length(unique(events$patient_id)))
  out(paste0(key, ".related_participants"), length(unique(events$patient_id[events$related])))
  worst <- tapply(events$grade, events$patient_id, max)
  for (grade in 1:5) out(paste0(key, ".by_max_grade.", grade), sum(worst == grade))
}
for (test in sort(unique(lab_nadirs$test))) {
  g <- lab_nadirs$grade[lab_nadirs$test == test]
  key <- paste0("toxicity.lab_nadirs.", test)
  out(paste0(key, ".patients"), length(g))
  for (grade in 0:4) out(paste0(key, ".grades.", grade), sum(g == grade))
  out(paste0(key, ".max_grade"), max(g))
}

# --- dose-response over the soft-tissue lesions of evaluable patients
dr <- lesions[soft & lesions$evaluable & !is.na(lesions$dose) & !is.na(lesions$disappeared), ]
out("dose_response.lesions", nrow(dr))
out("dose_response.disappeared", sum(dr$disappeared))
fit_data <- dr[dr$dose > 0, ]
x <- log10(fit_data$dose); y <- fit_data$disappeared
separated <- length(x) >= 3 && any(y) && any(!y) && length(unique(x)) > 1 &&
  (max(x[!y]) <= min(x[y]) || max(x[y]) <= min(x[!y]))
defined <- length(x) >= 3 && any(y) && any(!y) && length(unique(x)) > 1 && !separated
fit <- if (defined) glm(y ~ x, family = binomial) else NULL
if (!is.null(fit) && fit$converged) {
  b <- coef(fit)
  out("dose_response.logistic.intercept", b[[1]])
  out("dose_response.logistic.slope_log10_gy", b[[2]])
  out("dose_response.logistic.slope_p_value", coef(summary(fit))[2, 4])
  out("dose_response.logistic.d80_gy", if (b[[2]] > 0) 10^((log(0.8 / 0.2) - b[[1]]) / b[[2]]) else NA)
} else {
  for (f in c("intercept", "slope_log10_gy", "slope_p_value", "d80_gy")) out(paste0("dose_response.logistic.", f), NA)
}
at <- dr[dr$dose >= dr$threshold, ]
rate_block("dose_response.at_threshold", sum(at$disappeared), nrow(at))

# --- deviations of the treated's first therapy from the MTA and the recommended activity
for (i in order(ids)) {
  if (!treated[i]) next
  key <- paste0("deviations.", ids[i])
  if (!is.na(mta[i]) && first_gbq[i] > mta[i] + above_mta_tolerance) {
    out(paste0(key, ".ABOVE_MTA.administered_gbq"), first_gbq[i]); out(paste0(key, ".ABOVE_MTA.limit_gbq"), mta[i])
  }
  if (!is.na(recommended[i]) && first_gbq[i] < below_recommended_fraction * recommended[i]) {
    out(paste0(key, ".BELOW_RECOMMENDED.administered_gbq"), first_gbq[i])
    out(paste0(key, ".BELOW_RECOMMENDED.limit_gbq"), recommended[i])
  }
}

# --- miRNA: miRNAs detected in every specimen, the report's tests with BH q within each test
specimens <- unique(mirna$specimen_id)
detected <- tapply(!is.na(mirna$dcq), mirna$mirna, sum)
tested <- sort(names(detected)[detected == length(specimens)])
if (length(tested) > 0) out("mirna_qc.tested_mirnas", paste(tested, collapse = ","))
p_tests <- list()
record_p <- function(test, m, p) p_tests[[test]][m] <<- p
group_test <- function(key, x, y) {
  p <- if (length(x) > 0 && length(y) > 0) suppressWarnings(wilcox.test(x, y))$p.value else NA
  out(paste0(key, ".p_value"), p)
  p
}
for (m in tested) {
  pre <- mirna[mirna$mirna == m & mirna$timepoint == "PRE" & !is.na(mirna$dcq), ]
  post <- mirna[mirna$mirna == m & mirna$timepoint == "POST", ]
  pre_all <- mirna[mirna$mirna == m & mirna$timepoint == "PRE", ]
  i <- match(pre$patient_id, ids)
  # PRE dCq, SOFT_TISSUE_CR against not (evaluable patients)
  in_test <- evaluable[i] & !is.na(soft_cr[i])
  crs <- soft_cr[i]
  key <- paste0("mirna.", m, ".pre_cr_vs_noncr")
  x <- pre$dcq[in_test & crs]; y <- pre$dcq[in_test & !crs]
  out(paste0(key, ".n"), length(x) + length(y)); out(paste0(key, ".n_cr"), length(x)); out(paste0(key, ".n_non_cr"), length(y))
  out(paste0(key, ".flagged_specimens"), sum(pre$specimen_id[in_test] %in% flagged))
  record_p("pre_cr_vs_noncr", m, group_test(key, x, y))
  out(paste0(key, ".left_out.not_evaluable"), sum(!evaluable))
  out(paste0(key, ".left_out.undefined_outcome"), 0)
  out(paste0(key, ".left_out.missing_sample"), sum(evaluable & !(ids %in% pre$patient_id)))
  # POST vs PRE: ddCq rounded to 6 decimals (docs/analyses.md), one-sample signed rank test
  pairs <- merge(pre_all, post, by = "patient_id", suffixes = c(".pre", ".post"))
  pairs <- pairs[!is.na(pairs$dcq.pre) & !is.na(pairs$dcq.post), ]
  dd <- round(pairs$dcq.post - pairs$dcq.pre, 6)
  key <- paste0("mirna.", m, ".post_vs_pre")
  out(paste0(key, ".n"), nrow(pairs)); out(paste0(key, ".median_ddcq"), if (nrow(pairs) > 0) median(dd) else NA)
  out(paste0(key, ".flagged_specimens"), sum(c(pairs$specimen_id.pre, pairs$specimen_id.post) %in% flagged))
  record_p("post_vs_pre", m, if (nrow(pairs) > 0) suppressWarnings(wilcox.test(dd))$p.value else NA)
  out(paste0(key, ".p_value"), p_tests[["post_vs_pre"]][m])
  out(paste0(key, ".left_out.missing_sample"),
      length(setdiff(unique(mirna$patient_id[mirna$mirna == m]), pairs$patient_id)))
  # the POST - PRE change, SOFT_TISSUE_CR against not (evaluable patients)
  j <- match(pairs$patient_id, ids)
  in_test <- evaluable[j] & !is.na(soft_cr[j])
  key <- paste0("mirna.", m, ".change_cr_vs_noncr")
  x <- dd[in_test & soft_cr[j]]; y <- dd[in_test & !soft_cr[j]]
  out(paste0(key, ".n"), length(x) + length(y)); out(paste0(key, ".n_cr"), length(x)); out(paste0(key, ".n_non_cr"), length(y))
  out(paste0(key, ".flagged_specimens"),
      sum(c(pairs$specimen_id.pre[in_test], pairs$specimen_id.post[in_test]) %in% flagged))
  record_p("change_cr_vs_noncr", m, group_test(key, x, y))
  out(paste0(key, ".left_out.not_evaluable"), sum(!evaluable))
  out(paste0(key, ".left_out.undefined_outcome"), 0)
  out(paste0(key, ".left_out.missing_sample"), sum(evaluable & !(ids %in% pairs$patient_id)))
  # PRE dCq by an outcome or a factor: true against false
  by <- list(IODINE_REFRACTORY = list(iodine_refractory, FALSE, "undefined_outcome"),
             RADIORESISTANT = list(radioresistant, TRUE, "undefined_outcome"),
             BRAF_V600E = list(braf, FALSE, "no_call"), TERT_PROMOTER = list(tert, FALSE, "no_call"))
  for (name in names(by)) {
    level <- by[[name]][[1]]; only_evaluable <- by[[name]][[2]]; undefined_key <- by[[name]][[3]]
    not_eval <- if (only_evaluable) !evaluable else rep(FALSE, n_patients)
    undefined <- !not_eval & is.na(level)
    has_pre <- ids %in% pre$patient_id
    keep <- !not_eval & !undefined & has_pre
    dcq <- pre$dcq[match(ids, pre$patient_id)]
    key <- paste0("mirna.", m, ".pre_by_", name)
    x <- dcq[keep & level %in% TRUE]; y <- dcq[keep & level %in% FALSE]
    out(paste0(key, ".n"), length(x) + length(y)); out(paste0(key, ".n_true"), length(x))
    out(paste0(key, ".n_false"), length(y))
    out(paste0(key, ".flagged_specimens"), sum(pre$specimen_id[match(ids[keep], pre$patient_id)] %in% flagged))
    record_p(paste0("pre_by_", name), m, group_test(key, x, y))
    if (only_evaluable) out(paste0(key, ".left_out.not_evaluable"), sum(not_eval))
    out(paste0(key, ".left_out.", undefined_key), sum(undefined))
    out(paste0(key, ".left_out.missing_sample"), sum(!not_eval & !undefined & !has_pre))
  }
}
for (test in names(p_tests)) {
  q <- p.adjust(p_tests[[test]], "BH")
  for (m in names(q)) out(paste0("mirna.", m, ".", test, ".q_value"), q[[m]])
}

# --- Spearman: lesion PRE SUVmax vs Gy/GBq; PRE dCq vs the lowest soft-tissue lesion dose, BH across miRNAs
fdg_pre_rows <- fdg[fdg$timepoint == "PRE", ]
gy <- lesions$gy_per_gbq[match(paste(fdg_pre_rows$patient_id, fdg_pre_rows$lesion_id),
                               paste(lesions$patient_id, lesions$lesion_id))]
both_read <- !is.na(gy)
out("correlations.fdg_suvmax_vs_gy_per_gbq.n", sum(both_read))
if (sum(both_read) >= 3) {  # fewer than 3 pairs give no figures
  ct <- suppressWarnings(cor.test(fdg_pre_rows$suv_max[both_read], gy[both_read], method = "spearman"))
  out("correlations.fdg_suvmax_vs_gy_per_gbq.rho", ct$estimate)
  out("correlations.fdg_suvmax_vs_gy_per_gbq.p_value", ct$p.value)
}
out("correlations.fdg_suvmax_vs_gy_per_gbq.q_value", NA)  # a single test: no BH adjustment
p_dose <- c()
for (m in tested) {
  pre <- mirna[mirna$mirna == m & mirna$timepoint == "PRE" & !is.na(mirna$dcq), ]
  dose <- lowest_dose[match(pre$patient_id, ids)]
  keep <- !is.na(dose)
  key <- paste0("correlations.pre_dcq_vs_lowest_soft_tissue_dose.", m)
  out(paste0(key, ".n"), sum(keep))
  if (sum(keep) >= 3) {
    ct <- suppressWarnings(cor.test(pre$dcq[keep], dose[keep], method = "spearman"))
    out(paste0(key, ".rho"), ct$estimate); out(paste0(key, ".p_value"), ct$p.value)
    p_dose[m] <- ct$p.value
  } else {
    p_dose[m] <- NA
  }
}
q_dose <- p.adjust(p_dose, "BH")
for (m in tested) out(paste0("correlations.pre_dcq_vs_lowest_soft_tissue_dose.", m, ".q_value"), q_dose[[m]])

# --- the 6-month FDG PET: each treated patient's highest SUVmax per scan, d = POST - PRE rounded to 6 decimals
highest <- function(timepoint) sapply(ids, function(p) {
  s <- fdg$suv_max[fdg$patient_id == p & fdg$timepoint == timepoint]
  if (length(s) == 0) NA else max(s)
})
d <- round(highest("POST") - highest("PRE"), 6)[treated]
d <- d[!is.na(d)]
out("fdg_change.n", length(d))
out("fdg_change.median_change", if (length(d) > 0) median(d) else NA)
out("fdg_change.p_value", if (length(d) > 0) suppressWarnings(wilcox.test(d))$p.value else NA)

# --- the repeated 124I PET: post / pre uptake (rounded to 6 decimals) against the dose, soft tissue, evaluable
ip <- lesions[soft & lesions$evaluable & !is.na(lesions$dose) & !is.na(lesions$uptake_pct) & lesions$uptake_pct > 0 &
              !is.na(lesions$post_uptake_pct), ]
ratio <- round(ip$post_uptake_pct / ip$uptake_pct, 6)
out("iodine_pet.lesions", nrow(ip))
if (nrow(ip) >= 3) {
  ct <- suppressWarnings(cor.test(ratio, ip$dose, method = "spearman"))
  out("iodine_pet.spearman_rho", ct$estimate); out("iodine_pet.p_value", ct$p.value)
} else {
  out("iodine_pet.spearman_rho", NA); out("iodine_pet.p_value", NA)
}

# --- therapy cycles of the treated
for (i in order(ids)) {
  if (!treated[i]) next
  t <- therapies[therapies$patient_id == ids[i], ]
  out(paste0("cumulative_activity.", ids[i], ".cycles"), nrow(t))
  out(paste0("cumulative_activity.", ids[i], ".gbq"), sum(t$administered_gbq))
}

# --- dosimetry per patient
for (i in order(ids)) {
  key <- paste0("dosimetry.", ids[i])
  out(paste0(key, ".mta_gbq"), mta[i])
  out(paste0(key, ".recommended_activity_gbq"), recommended[i])
  out(paste0(key, ".lowest_soft_tissue_dose_gy"), lowest_dose[i])
  out(paste0(key, ".exit_to_standard_care"), if (in_dosimetry[i]) exit[i] else NA)
  out(paste0(key, ".iodine_refractory"), iodine_refractory[i])
  out(paste0(key, ".radioresistant"), radioresistant[i])
}
