package org.thyrobank.clinical.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.FollowUp;

class SurvivalTimesTests {

    static final LocalDate THERAPY = LocalDate.of(2022, 1, 10);

    static LocalDate day(int n) {
        return n < 0 ? null : THERAPY.plusDays(n);
    }

    static FollowUp followUp(int lastContact, int progressed, int died) {
        return new FollowUp("P", day(lastContact), day(progressed), day(died));
    }

    @Test
    void monthsAreDaysOver30_4375() {
        SurvivalTimes times = SurvivalTimes.of(THERAPY, followUp(365, -1, -1));

        assertThat(times.osMonths()).isCloseTo(365 / 30.4375, within(1e-12));
        assertThat(times.osMonths()).isCloseTo(11.99178644763860, within(1e-12));
    }

    @Test
    void withoutProgressionOrDeathBothAreCensoredAtTheLastContact() {
        // 487 days = 16 x 30.4375
        SurvivalTimes times = SurvivalTimes.of(THERAPY, followUp(487, -1, -1));

        assertThat(times.pfsMonths()).isEqualTo(16.0);
        assertThat(times.pfsEvent()).isFalse();
        assertThat(times.osMonths()).isEqualTo(16.0);
        assertThat(times.osEvent()).isFalse();
    }

    @Test
    void pfsEndsAtProgressionAndOsRunsOnToTheLastContact() {
        SurvivalTimes times = SurvivalTimes.of(THERAPY, followUp(487, 243, -1));

        assertThat(times.pfsMonths()).isCloseTo(243 / 30.4375, within(1e-12));
        assertThat(times.pfsEvent()).isTrue();
        assertThat(times.osMonths()).isEqualTo(16.0);
        assertThat(times.osEvent()).isFalse();
    }

    @Test
    void deathWithoutRecordedProgressionIsAPfsEvent() {
        SurvivalTimes times = SurvivalTimes.of(THERAPY, followUp(400, -1, 400));

        assertThat(times.pfsEvent()).isTrue();
        assertThat(times.osEvent()).isTrue();
        assertThat(times.pfsMonths()).isEqualTo(times.osMonths());
    }

    @Test
    void pfsEndsAtTheFirstOfProgressionAndDeath() {
        SurvivalTimes times = SurvivalTimes.of(THERAPY, followUp(400, 300, 400));

        assertThat(times.pfsMonths()).isCloseTo(300 / 30.4375, within(1e-12));
        assertThat(times.osMonths()).isCloseTo(400 / 30.4375, within(1e-12));
    }
}
