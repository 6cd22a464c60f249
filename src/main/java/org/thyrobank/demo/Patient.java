package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.List;
import org.thyrobank.demo.CohortPlan.Course;

/**
 * One synthetic patient as designed: what the writers turn into bundle rows. Targets are the soft-tissue
 * lesions (lymph nodes measured on the short axis), bone lesions are non-targets. Every patient has 124I
 * dosimetry on {@code dosimetryOn}; an {@link Course#EXITED exited} patient leaves the protocol for standard care
 * there (docs/analyses.md), with no therapy row or an off-protocol one.
 */
record Patient(
        String id,
        Centre centre,
        String sex,
        int birthYear,
        String histology,
        Genotype genotype,
        Course course,
        LocalDate dosimetryOn,
        List<TumourSpecimen> tumourSpecimens,
        double bloodGyPerGbq,
        double retention48hPct,
        List<Lesion> lesions,
        List<Therapy> therapies,
        List<Visit> visits,
        FollowUp followUp,
        boolean softTissueCr,
        LocalDate postSampleOn,
        List<FdgReading> fdgPost,
        List<IodineUptake> iodinePet) {

    /** Soft tissue is evaluable for a complete response at 6 months (docs/analyses.md). */
    static final int EVALUABLE_AFTER_DAYS = 182;

    /** The first therapies.csv row's date; only for a patient with a therapy row. */
    LocalDate firstTherapyOn() {
        return therapies.get(0).treatedOn();
    }

    boolean exited() {
        return course == Course.EXITED;
    }

    /** On protocol and given 131I: the analysis plan's {@code treated}. */
    boolean treated() {
        return !exited() && !therapies.isEmpty();
    }

    /** Treated, with an assessment visit 182 days or more after the first therapy. */
    boolean evaluable() {
        return treated()
                && visits.stream()
                        .anyMatch(v -> v.assessedOn().isAfter(firstTherapyOn().plusDays(EVALUABLE_AFTER_DAYS - 1)));
    }

    List<Lesion> targets() {
        return lesions.stream().filter(l -> l.site() == Site.SOFT_TISSUE).toList();
    }

    List<Lesion> bones() {
        return lesions.stream().filter(l -> l.site() == Site.BONE).toList();
    }

    enum Centre {
        MILAN("MI"),
        NEGRAR("VR");

        final String prefix;

        Centre(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Jentzen et al.: absorbed dose for a tumour control probability above 80 %. */
    enum Site {
        SOFT_TISSUE(80),
        BONE(650);

        final double thresholdGy;

        Site(double thresholdGy) {
            this.thresholdGy = thresholdGy;
        }
    }

    enum Organ {
        LUNG,
        LYMPH_NODE,
        LIVER,
        BONE,
        THYROID_BED,
        OTHER
    }

    enum Tert {
        NONE,
        C228T,
        C250T
    }

    /** A hotspot the sequencing does not settle, although the tumour carries what the genotype says. */
    enum NoCall {
        NONE,
        BRAF_LOW_COVERAGE,
        BRAF_FILTERED,
        TERT_LOW_COVERAGE
    }

    record Genotype(boolean brafV600e, Tert tert, NoCall noCall) {

        boolean tertMutant() {
            return tert != Tert.NONE;
        }

        boolean brafAndTert() {
            return brafV600e && tertMutant();
        }
    }

    record TumourSpecimen(String id, LocalDate collectedOn, boolean metastasisBiopsy) {}

    record Lesion(
            String id,
            Site site,
            Organ organ,
            int baselineMm,
            double gyPerGbq,
            double uptakePct,
            double volumeMl,
            double suvMax) {

        double absorbedGy(double administeredGbq) {
            return gyPerGbq * administeredGbq;
        }
    }

    record Therapy(LocalDate treatedOn, double administeredGbq) {}

    /** One RECIST visit: target diameters in lesion order, the status shared by the bone non-targets. */
    record Visit(LocalDate assessedOn, List<Integer> targetMm, String boneStatus, boolean newLesion) {}

    record FollowUp(LocalDate lastContactOn, LocalDate progressedOn, LocalDate diedOn) {}

    /** One lesion's SUVmax at the FDG PET/CT 6 months after the first therapy (fdg.csv timepoint POST). */
    record FdgReading(String lesionId, double suvMax) {}

    /** One lesion's 124I uptake at the PET repeated about 6 months after the first therapy (iodine_pet.csv). */
    record IodineUptake(String lesionId, LocalDate scannedOn, double uptakePct) {}
}
