# Golden values for org.thyrobank.analysis.stats, computed with R's defaults.
# Run: Rscript src/test/r/stats-golden.R   (made with R 4.2.2, survival 3.5-3)
# The *Tests.java classes in src/test/java/org/thyrobank/analysis/stats hold these figures as literals,
# each beside the R call printed here; inputs are the same literals on both sides.
suppressMessages(library(survival))
options(warn = 1)

g <- function(label, x) {
  cat(sprintf("%-40s %s\n", label, paste(ifelse(is.na(x), "NA", sprintf("%.15g", x)), collapse = ", ")))
}
section <- function(title) cat("\n##", title, "\n")

cat("# ", R.version.string, " survival ", format(packageVersion("survival")), "\n", sep = "")

section("binom.test(k, n, p0): conf.int, p greater, p two-sided")
binom <- function(k, n, p0) {
  two <- binom.test(k, n, p0)
  g(sprintf("binom %d/%d p0=%g ci", k, n, p0), two$conf.int)
  g(sprintf("binom %d/%d p0=%g greater", k, n, p0), binom.test(k, n, p0, alternative = "greater")$p.value)
  g(sprintf("binom %d/%d p0=%g two.sided", k, n, p0), two$p.value)
}
binom(21, 58, 0.2)
binom(0, 10, 0.2)
binom(10, 10, 0.2)
binom(5, 10, 0.5)
binom(3, 40, 0.05)
binom(2, 30, 0.3)
binom(45, 50, 0.1)
binom(1, 1, 0.5)

section("fisher.test(matrix(c(a, c, b, d), 2)): p, odds ratio, conf.int")
fisher <- function(a, b, c, d) {
  f <- fisher.test(matrix(c(a, c, b, d), 2))
  g(sprintf("fisher [[%d,%d],[%d,%d]]", a, b, c, d), c(f$p.value, f$estimate, f$conf.int))
}
fisher(3, 1, 1, 3)
fisher(10, 5, 3, 12)
fisher(21, 7, 15, 15)
fisher(1, 20, 12, 3)
fisher(20, 1, 3, 12)
fisher(0, 5, 6, 4)
fisher(5, 0, 2, 6)
fisher(0, 0, 3, 4)
fisher(0, 0, 0, 0)
fisher(2, 3, 4, 6)
fisher(0, 4, 2, 2)  # equally likely tables differ in the last bits: R's relErr counts them
fisher(0, 2, 0, 0)  # an empty column: one possible table
fisher(3, 1, 0, 0)  # an empty row

section("wilcox.test(x, y): W, p")
wrs <- function(label, x, y) {
  w <- suppressWarnings(wilcox.test(x, y))
  g(paste("wilcox", label), c(w$statistic, w$p.value))
}
wrs("small exact", c(1.83, 0.50, 1.62, 2.48, 1.68), c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29))
wrs("exact upper", c(5.1, 6.3, 7.7, 8.2), c(1.2, 2.2, 3.3, 5.0, 6.0))
wrs("ties", c(1, 2, 2, 3, 4, 5), c(2, 3, 3, 6, 7, 8, 9))
wrs("49x49 exact", (1:49 * 37) %% 101, (50:98 * 37) %% 101)
wrs("50x5 normal", (1:50 * 37) %% 101, c(3.5, 17.5, 40.5, 66.5, 99.5))
wrs("one each", 1, 2)
wrs("all tied", c(1, 1, 1), c(1, 1))
# complete separation: |z| just inside R's pnorm cut-off (37.5193) keeps a subnormal p, just beyond it p is 0
wrs("935x935 separated", 1:935, 936:1870)
wrs("940x940 separated", 1:940, 941:1880)

section("wilcox.test(x, y, paired = TRUE): V, p")
wsr <- function(label, x, y) {
  w <- suppressWarnings(wilcox.test(x, y, paired = TRUE))
  g(paste("signrank", label), c(w$statistic, w$p.value))
}
wsr("small exact", c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30),
    c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29))
wsr("zeros", c(1, 2, 3, 4, 5, 6), c(1, 1.5, 2, 5, 3, 2))
wsr("ties", c(3, 5, 6, 8, 9, 12, 2), c(1, 3, 4, 5, 6, 9, 4))
wsr("49 with ties", (1:49 * 37) %% 101, (1:49 * 53) %% 103)
wsr("49 exact", (1:49) * ifelse((1:49 * 37) %% 7 < 3, -1, 1), rep(0, 49))
wsr("50 normal", (1:50 * 37) %% 101, (1:50 * 53) %% 103 + 0.5)
wsr("one pair", 2, 1)
# every difference positive: |z| just inside R's pnorm cut-off keeps a subnormal p, just beyond it p is 0
wsr("1870 positive", 1:1870, rep(0, 1870))
wsr("1880 positive", 1:1880, rep(0, 1880))
w <- suppressWarnings(wilcox.test(c(1, 2, 3), c(1, 2, 3), paired = TRUE))
g("signrank all zero", c(w$statistic, w$p.value))

section("cor.test(x, y, method = 'spearman'): rho, S, p")
sp <- function(label, x, y) {
  s <- suppressWarnings(cor.test(x, y, method = "spearman"))
  g(paste("spearman", label), c(s$estimate, s$statistic, s$p.value))
}
sp("n5", c(1, 2, 3, 4, 5), c(2, 1, 4, 3, 5))
sp("n9", c(4, 1, 7, 2, 9, 3, 8, 5, 6), c(3, 2, 9, 1, 8, 5, 7, 4, 6))
sp("n10", 1:10, c(2, 1, 4, 3, 6, 5, 8, 10, 7, 9))
sp("n30", (1:30 * 7) %% 31, (1:30 * 11) %% 31)
sp("ties", c(1, 2, 2, 3, 4, 5, 5, 6), c(1, 3, 2, 2, 5, 4, 6, 6))
sp("perfect ties", c(1, 1, 2), c(3, 3, 5))
sp("n2", c(1, 2), c(5, 3))
sp("constant", c(1, 2, 3, 4), c(2, 2, 2, 2))
sp("n1300", 1:1300, (1:1300 * 37) %% 1301)

section("survfit(Surv(t, e) ~ 1): time n.risk n.event n.censor surv std.err(summary) lower upper; median LCL UCL")
km <- function(label, t, e, at = NULL) {
  f <- survfit(Surv(t, e) ~ 1)
  s <- summary(f, censored = TRUE)
  for (i in seq_along(s$time))
    g(sprintf("km %s row %d", label, i),
      c(s$time[i], s$n.risk[i], s$n.event[i], s$n.censor[i], s$surv[i], s$std.err[i], s$lower[i], s$upper[i]))
  g(sprintf("km %s median", label), summary(f)$table[c("median", "0.95LCL", "0.95UCL")])
  if (!is.null(at)) g(sprintf("km %s n.risk at %s", label, paste(at, collapse = " ")),
                      summary(f, times = at, extend = TRUE)$n.risk)
}
km_t <- c(2.1, 3.5, 3.5, 4.0, 5.2, 6.8, 6.8, 6.8, 8.0, 9.3, 11.0, 12.4, 14.9, 15.0, 18.2, 20.1)
km_e <- c(1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0)
km("ordinary", km_t, km_e, at = c(0, 5, 10, 15, 25))
km("all censored", c(3, 5, 7), c(0, 0, 0))
km("half plateau", c(1, 2, 3, 4), c(1, 1, 0, 1))
km("ends at zero", c(1, 2, 3), c(1, 1, 1))
km("single", 5, 1)

section("survdiff(Surv(t, e) ~ g): observed, expected per level; chisq, p")
lr <- function(label, t, e, grp) {
  d <- survdiff(Surv(t, e) ~ grp)
  g(sprintf("logrank %s observed", label), d$obs)
  g(sprintf("logrank %s expected", label), d$exp)
  g(sprintf("logrank %s chisq p", label), c(d$chisq, d$pvalue))
}
lr_g <- c("MUTANT", "WILD_TYPE", "MUTANT", "MUTANT", "WILD_TYPE", "WILD_TYPE", "MUTANT", "WILD_TYPE",
          "MUTANT", "WILD_TYPE", "MUTANT", "WILD_TYPE", "WILD_TYPE", "MUTANT", "WILD_TYPE", "WILD_TYPE")
lr("two groups", km_t, km_e, lr_g)
lr3 <- c("A", "B", "C", "A", "B", "C", "A", "B", "C", "A", "B", "C", "A", "B", "C", "A")
lr("three groups", km_t, km_e, lr3)
lr("one group without events", c(1, 2, 3, 4, 5, 6), c(1, 0, 1, 0, 0, 1), c("a", "b", "a", "b", "b", "a"))
lr("group never at risk at an event", c(1, 2, 3, 4, 5, 1.5), c(0, 1, 1, 1, 0, 0), c("c", "a", "a", "b", "b", "c"))
lr("no events", c(1, 2, 3, 4), c(0, 0, 0, 0), c("a", "b", "a", "b"))

section("coxph(Surv(t, e) ~ x): coef, se, HR, lower .95, upper .95, Wald p")
cox <- function(label, t, e, x) {
  f <- suppressWarnings(coxph(Surv(t, e) ~ x))
  s <- summary(f)
  g(sprintf("cox %s", label), c(coef(f), sqrt(vcov(f)), s$conf.int[, c(1, 3, 4)], s$coefficients[, 5]))
}
cox_x <- as.numeric(lr_g == "MUTANT")
cox("binary", km_t, km_e, cox_x)
cox("continuous", km_t, km_e, c(5.1, 3.2, 4.4, 6.0, 2.2, 3.9, 5.5, 1.8, 4.9, 2.7, 3.3, 2.9, 1.2, 4.1, 2.0, 1.5))
cox("heavy ties", c(1, 1, 1, 2, 2, 2, 3, 3, 3, 4), c(1, 1, 0, 1, 1, 1, 0, 1, 1, 0), c(1, 0, 1, 1, 0, 0, 1, 0, 0, 0))
f <- coxph(Surv(c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 0, 0)) ~ c(1, 1, 1, 0, 0, 0))
g("cox monotone (R warns; huge coef)", coef(f))
f <- coxph(Surv(c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 0, 0)) ~ c(0, 0, 0, 1, 1, 1))
g("cox monotone downwards (R warns)", coef(f))
f <- coxph(Surv(c(1, 2, 3, 4), c(0, 0, 0, 0)) ~ c(1, 0, 1, 0))
g("cox no events (R: NA)", coef(f))
f <- coxph(Surv(c(1, 2, 3, 4), c(1, 0, 1, 1)) ~ c(1, 1, 1, 1))
g("cox constant covariate (R: NA)", coef(f))

section("p.adjust(p, 'BH')")
g("bh", p.adjust(c(0.01, 0.04, NA, 0.03, 0.2, 0.04, 0.9, NA, 0.001), "BH"))
g("bh capped", p.adjust(c(0.8, 0.9, 0.95), "BH"))

section("glm(y ~ x, family = binomial): intercept, slope, their standard errors, slope p (Wald), iterations")
logistic <- function(label, x, y) {
  f <- glm(y ~ x, family = binomial)
  s <- coef(summary(f))
  g(sprintf("logistic %s", label), c(s[1, 1], s[2, 1], s[1, 2], s[2, 2], s[2, 4], f$iter))
}
logistic("doses", log10(c(20, 35, 50, 61, 80, 95, 120, 150, 210, 300, 45, 500)),
         c(0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1))
logistic("falling", log10(c(20, 35, 50, 61, 80, 95, 120, 150)), c(1, 1, 0, 1, 0, 0, 1, 0))
logistic("ties", c(1, 1, 1, 2, 2, 2, 3, 3, 3), c(0, 0, 1, 0, 1, 1, 1, 1, 0))
logistic("nearly separated", c(1, 2, 3, 4, 5, 6, 7, 8), c(0, 0, 0, 1, 0, 1, 1, 1))
