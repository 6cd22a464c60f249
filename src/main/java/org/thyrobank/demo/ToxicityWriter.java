package org.thyrobank.demo;

import static org.thyrobank.demo.Table.decimal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.thyrobank.demo.Patient.Centre;

/**
 * Writes labs.csv and adverse_events.csv: blood counts that fall to a nadir 4 to 6 weeks after the first
 * therapy, deeper the closer the activity came to the MTA, and the usual early and late effects of 131I with the
 * investigator's attribution (blank when not assessed), besides an intercurrent infection mostly judged unrelated.
 * A patient who exits at dosimetry has the screening blood count only: the protocol follows no therapy of theirs.
 */
final class ToxicityWriter {

    /** Days after therapy of the scheduled blood draws; the baseline draw is in the week before. */
    private static final List<Integer> DRAW_DAYS = List.of(14, 28, 42, 56, 84);

    private static final int RECOVERY_DAYS = 60;
    /** adverse_events.csv's attribution, least to most related, then blank (not assessed). */
    private static final List<String> ATTRIBUTIONS =
            Arrays.asList("UNRELATED", "UNLIKELY", "POSSIBLE", "PROBABLE", "DEFINITE", null);

    private final List<Patient> patients;
    private final Draw draw;

    ToxicityWriter(List<Patient> patients, long seed) {
        this.patients = patients;
        this.draw = Draw.forPart(seed, "toxicity");
    }

    void writeTo(BundleOutput out) {
        Table labs = new Table("patient_id", "drawn_on", "test", "value", "unit");
        Table events = new Table("patient_id", "term", "grade", "onset_on", "attribution");
        for (Patient p : patients) {
            if (p.treated()) {
                addLabs(p, labs);
                addAdverseEvents(p, events);
            } else {
                addScreeningLabs(p, labs);
            }
        }
        out.write("clinical/labs.csv", labs);
        out.write("clinical/adverse_events.csv", events);
    }

    private void addLabs(Patient p, Table labs) {
        LocalDate treated = p.firstTherapyOn();
        double mta = PatientFactory.maximumTolerableGbq(p.bloodGyPerGbq());
        double intensity = 0.5 + 0.6 * p.therapies().get(0).administeredGbq() / mta;
        int nadirDay = draw.integer(28, 42);
        double platelets = draw.between(draw.normal(250, 55), 150, 420);
        double neutrophils = draw.between(draw.normal(4.0, 1.1), 2.0, 7.5);
        double lymphocytes = draw.between(draw.normal(1.9, 0.5), 1.0, 3.4);
        double otherWhiteCells = draw.uniform(0.5, 1.1);
        double haemoglobin = draw.between(draw.normal(p.sex().equals("F") ? 131 : 145, 10), 105, 170);
        double plateletFall = draw.uniform(0.3, 0.75) * intensity;
        double neutrophilFall = draw.uniform(0.25, 0.6) * intensity;
        double lymphocyteFall = draw.uniform(0.4, 0.75) * intensity;
        double haemoglobinFall = draw.uniform(0.04, 0.12) * intensity;
        for (int i = -1; i < DRAW_DAYS.size(); i++) {
            int day = i < 0 ? -draw.integer(1, 7) : DRAW_DAYS.get(i) + draw.integer(-2, 2);
            LocalDate drawn = treated.plusDays(day);
            if (drawn.isAfter(p.followUp().lastContactOn())) {
                break;
            }
            double depth = depth(day, nadirDay);
            addBloodCount(
                    p,
                    labs,
                    drawn,
                    platelets * fallen(plateletFall, depth),
                    neutrophils * fallen(neutrophilFall, depth),
                    lymphocytes * fallen(lymphocyteFall, depth),
                    otherWhiteCells,
                    haemoglobin * fallen(haemoglobinFall, depth));
        }
    }

    /** The screening blood count, in the week before dosimetry, drawn as {@link #addLabs} draws its baseline. */
    private void addScreeningLabs(Patient p, Table labs) {
        LocalDate drawn = p.dosimetryOn().minusDays(draw.integer(0, 7));
        double platelets = draw.between(draw.normal(250, 55), 150, 420);
        double neutrophils = draw.between(draw.normal(4.0, 1.1), 2.0, 7.5);
        double lymphocytes = draw.between(draw.normal(1.9, 0.5), 1.0, 3.4);
        double otherWhiteCells = draw.uniform(0.5, 1.1);
        double haemoglobin = draw.between(draw.normal(p.sex().equals("F") ? 131 : 145, 10), 105, 170);
        addBloodCount(p, labs, drawn, platelets, neutrophils, lymphocytes, otherWhiteCells, haemoglobin);
    }

    private static void addBloodCount(
            Patient p,
            Table labs,
            LocalDate drawn,
            double platelets,
            double neutrophils,
            double lymphocytes,
            double otherWhiteCells,
            double haemoglobin) {
        labs.add(p.id(), drawn, "PLATELETS", Math.round(platelets), "10^9/L");
        labs.add(p.id(), drawn, "NEUTROPHILS", decimal(neutrophils, 2), "10^9/L");
        labs.add(p.id(), drawn, "LEUKOCYTES", decimal(neutrophils + lymphocytes + otherWhiteCells, 2), "10^9/L");
        labs.add(p.id(), drawn, "LYMPHOCYTES", decimal(lymphocytes, 2), "10^9/L");
        if (p.centre() == Centre.NEGRAR) {
            labs.add(p.id(), drawn, "HEMOGLOBIN", decimal(haemoglobin / 10, 1), "g/dL");
        } else {
            labs.add(p.id(), drawn, "HEMOGLOBIN", Math.round(haemoglobin), "g/L");
        }
    }

    /** 0 before therapy, rising to 1 at the nadir, recovering over the following two months. */
    private static double depth(int day, int nadirDay) {
        if (day <= 0) {
            return 0;
        }
        return day <= nadirDay ? (double) day / nadirDay : Math.max(0, 1 - (double) (day - nadirDay) / RECOVERY_DAYS);
    }

    private double fallen(double fall, double depth) {
        return (1 - Math.min(fall, 0.85) * depth) * draw.normal(1, 0.03);
    }

    /**
     * Sialadenitis within two weeks (more likely with more activity), nausea at once, dry mouth months later, each
     * mostly judged possibly or probably related; an upper respiratory infection now and then, mostly unrelated.
     * Attribution weights follow {@link #ATTRIBUTIONS}.
     */
    private void addAdverseEvents(Patient p, Table events) {
        LocalDate treated = p.firstTherapyOn();
        double gbq = p.therapies().get(0).administeredGbq();
        addEvent(
                p,
                events,
                "Nausea",
                0.25,
                draw.weighted(List.of(1, 2), 0.8, 0.2),
                treated.plusDays(draw.integer(0, 2)),
                0.04,
                0.1,
                0.42,
                0.3,
                0.06,
                0.08);
        addEvent(
                p,
                events,
                "Salivary duct inflammation",
                0.3 + 0.02 * gbq,
                draw.weighted(List.of(1, 2, 3), 0.65, 0.28, 0.07),
                treated.plusDays(draw.integer(1, 14)),
                0,
                0.04,
                0.27,
                0.45,
                0.16,
                0.08);
        addEvent(
                p,
                events,
                "Dry mouth",
                0.3,
                draw.weighted(List.of(1, 2), 0.65, 0.35),
                treated.plusDays(draw.integer(60, 300)),
                0.05,
                0.12,
                0.4,
                0.3,
                0.05,
                0.08);
        addEvent(
                p,
                events,
                "Upper respiratory infection",
                0.15,
                draw.weighted(List.of(1, 2), 0.7, 0.3),
                treated.plusDays(draw.integer(10, 300)),
                0.6,
                0.3,
                0.05,
                0,
                0,
                0.05);
    }

    private void addEvent(
            Patient p,
            Table events,
            String term,
            double probability,
            int grade,
            LocalDate onset,
            double... attributionWeights) {
        if (draw.chance(probability) && !onset.isAfter(p.followUp().lastContactOn())) {
            events.add(p.id(), term, grade, onset, draw.weighted(ATTRIBUTIONS, attributionWeights));
        }
    }
}
