package org.thyrobank.clinical.survival;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;
import org.thyrobank.clinical.FollowUp;

/**
 * PFS and OS in months from the first 131I therapy (docs/study-bundle.md, follow_up.csv). PFS ends at the first of
 * progression or death, OS at death; without the event each is censored at the last contact.
 */
public record SurvivalTimes(double pfsMonths, boolean pfsEvent, double osMonths, boolean osEvent) {

    /** The mean Gregorian month, 365.25 / 12 days, as the bundle contract counts months. */
    public static final double DAYS_PER_MONTH = 30.4375;

    public SurvivalTimes {
        if (pfsMonths < 0 || osMonths < 0) {
            throw new IllegalArgumentException("impossible survival times: PFS " + pfsMonths + ", OS " + osMonths);
        }
    }

    public static SurvivalTimes of(LocalDate firstTherapy, FollowUp followUp) {
        Objects.requireNonNull(firstTherapy, "firstTherapy");
        LocalDate progressionOrDeath = Stream.of(followUp.progressedOn(), followUp.diedOn())
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate pfsEnd = progressionOrDeath != null ? progressionOrDeath : followUp.lastContactOn();
        LocalDate osEnd = followUp.diedOn() != null ? followUp.diedOn() : followUp.lastContactOn();
        return new SurvivalTimes(
                months(firstTherapy, pfsEnd),
                progressionOrDeath != null,
                months(firstTherapy, osEnd),
                followUp.diedOn() != null);
    }

    private static double months(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_MONTH;
    }
}
