package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thyrobank.demo.CohortPlan.Course;
import org.thyrobank.demo.CohortPlan.PatientPlan;
import org.thyrobank.demo.CourseSimulator.Fate;
import org.thyrobank.demo.CourseSimulator.Outcome;
import org.thyrobank.demo.Patient.FdgReading;
import org.thyrobank.demo.Patient.IodineUptake;
import org.thyrobank.demo.Patient.Lesion;
import org.thyrobank.demo.Patient.Site;

/**
 * The scans repeated at an evaluable patient's 6-month visit, each missed by a few ({@link CohortPlan}): FDG PET/CT
 * (fdg.csv, timepoint POST) and 124I PET (iodine_pet.csv), every lesion of the patient. A lesion that responds loses
 * most of its iodine uptake, the more the higher its dose, and most of its FDG uptake; one that does not keeps much
 * of its iodine uptake, and its FDG uptake stays or rises, more when the visit shows progression. A bone lesion
 * responds, now and then, when it got its 650 Gy.
 */
final class SixMonthScans {

    private final PatientPlan plan;
    private final Draw draw;
    private final Outcome outcome;
    private final List<Lesion> lesions;
    /** Each lesion's fate, in lesion order; empty when the patient has no 6-month scans. */
    private final List<Fate> fates;

    SixMonthScans(PatientPlan plan, Draw draw, Outcome outcome, List<Lesion> lesions) {
        this.plan = plan;
        this.draw = draw;
        this.outcome = outcome;
        this.lesions = lesions;
        this.fates = scanned() ? lesionFates() : List.of();
    }

    List<FdgReading> fdg() {
        if (!scanned() || plan.fdgPostMissing()) {
            return List.of();
        }
        List<FdgReading> readings = new ArrayList<>();
        for (int i = 0; i < lesions.size(); i++) {
            Lesion lesion = lesions.get(i);
            double factor = switch (fates.get(i)) {
                case RESPONSIVE -> draw.uniform(0.2, 0.55);
                case RADIORESISTANT -> draw.logNormal(1, 0.2);
                case UNDERDOSED -> draw.logNormal(1.15, 0.2);
            };
            if (outcome.progressedAtSixMonths() && fates.get(i) != Fate.RESPONSIVE) {
                factor *= 1.25;
            }
            double suv = draw.between(lesion.suvMax() * factor, 0.8, 24);
            readings.add(new FdgReading(lesion.id(), PatientFactory.round(suv, 1)));
        }
        return List.copyOf(readings);
    }

    /** The 124I PET a few days before the 6-month visit: uptake (%) = pre-treatment uptake x a ratio by fate. */
    List<IodineUptake> iodinePet() {
        if (!scanned() || plan.iodinePetMissing()) {
            return List.of();
        }
        LocalDate scannedOn = outcome.sixMonthVisitOn().minusDays(draw.integer(0, 10));
        double gbq = outcome.therapies().get(0).administeredGbq();
        List<IodineUptake> scans = new ArrayList<>();
        for (int i = 0; i < lesions.size(); i++) {
            Lesion lesion = lesions.get(i);
            double ratio = switch (fates.get(i)) {
                case RESPONSIVE ->
                    Math.min(
                            draw.logNormal(0.1 * Math.sqrt(lesion.site().thresholdGy / lesion.absorbedGy(gbq)), 0.6),
                            0.4);
                case RADIORESISTANT -> Math.min(draw.logNormal(0.55, 0.35), 1.2);
                case UNDERDOSED -> Math.min(draw.logNormal(0.8, 0.3), 1.4);
            };
            scans.add(new IodineUptake(lesion.id(), scannedOn, PatientFactory.round(lesion.uptakePct() * ratio, 3)));
        }
        return List.copyOf(scans);
    }

    private boolean scanned() {
        return plan.course() == Course.EVALUABLE && outcome.sixMonthVisitOn() != null;
    }

    /** Each lesion's fate in lesion order: the simulated one for soft tissue, drawn from the dose for bone. */
    private List<Fate> lesionFates() {
        double gbq = outcome.therapies().get(0).administeredGbq();
        List<Fate> fates = new ArrayList<>();
        int target = 0;
        for (Lesion lesion : lesions) {
            if (lesion.site() == Site.SOFT_TISSUE) {
                fates.add(outcome.fates().get(target++));
            } else if (lesion.absorbedGy(gbq) < lesion.site().thresholdGy) {
                fates.add(Fate.UNDERDOSED);
            } else {
                fates.add(draw.chance(0.6) ? Fate.RESPONSIVE : Fate.RADIORESISTANT);
            }
        }
        return List.copyOf(fates);
    }
}
