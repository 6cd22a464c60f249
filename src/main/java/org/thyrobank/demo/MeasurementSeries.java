package org.thyrobank.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thyrobank.demo.CourseSimulator.Fate;
import org.thyrobank.demo.Patient.Lesion;
import org.thyrobank.demo.Patient.Organ;
import org.thyrobank.demo.Patient.Visit;

/**
 * Target diameters visit by visit, kept consistent with RECIST 1.1: a visit meant as progression is
 * progression (a new lesion, or the sum 20 % and 5 mm above the nadir), and no other visit is.
 * Responding lesions vanish (nodes fall below 10 mm short axis); the others never do.
 */
final class MeasurementSeries {

    static final String PRESENT = "PRESENT";
    static final String UNEQUIVOCAL_PROGRESSION = "UNEQUIVOCAL_PROGRESSION";

    private final Draw draw;
    private final List<Lesion> targets;
    private final List<Fate> fates;
    private final int disappearsAt;
    private final boolean boneDisease;

    MeasurementSeries(Draw draw, List<Lesion> targets, List<Fate> fates, int disappearsAt, boolean boneDisease) {
        this.draw = draw;
        this.targets = targets;
        this.fates = fates;
        this.disappearsAt = disappearsAt;
        this.boneDisease = boneDisease;
    }

    List<Visit> visits(List<LocalDate> dates, int progressesAt, boolean softTissueCr) {
        String boneStatus = boneDisease ? PRESENT : null;
        List<Integer> sizes = targets.stream().map(Lesion::baselineMm).toList();
        int nadir = sum(sizes);
        List<Visit> visits = new ArrayList<>(List.of(new Visit(dates.get(0), sizes, boneStatus, false)));
        for (int k = 1; k < dates.size(); k++) {
            List<Integer> previous = sizes;
            List<Integer> next = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                next.add(nextSize(i, k, previous.get(i)));
            }
            if (k == progressesAt) {
                List<Integer> growing = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    if (fates.get(i) != Fate.RESPONSIVE && next.get(i) > 0) {
                        growing.add(i);
                    }
                }
                boolean newLesion = softTissueCr || growing.isEmpty() || draw.chance(0.6);
                if (!newLesion) {
                    next = grownPastNadir(next, growing, nadir);
                }
                String bones = boneDisease && draw.chance(0.3) ? UNEQUIVOCAL_PROGRESSION : boneStatus;
                visits.add(new Visit(dates.get(k), List.copyOf(next), bones, newLesion));
                break;
            }
            if (progression(sum(next), nadir)) {
                for (int i = 0; i < next.size(); i++) {
                    next.set(i, Math.min(next.get(i), previous.get(i)));
                }
            }
            sizes = List.copyOf(next);
            nadir = Math.min(nadir, sum(sizes));
            visits.add(new Visit(dates.get(k), sizes, boneStatus, false));
        }
        return List.copyOf(visits);
    }

    private int nextSize(int lesion, int visit, int previous) {
        boolean node = targets.get(lesion).organ() == Organ.LYMPH_NODE;
        int floor = node ? 10 : 5;
        return switch (fates.get(lesion)) {
            case RESPONSIVE -> {
                if (visit >= disappearsAt) {
                    yield !node ? 0 : previous < 10 ? previous : draw.integer(4, 9);
                }
                double shrink = visit == 1 ? draw.uniform(0.45, 0.8) : draw.uniform(0.35, 0.65);
                yield Math.max(node ? 10 : 4, (int) Math.round(previous * shrink));
            }
            case RADIORESISTANT ->
                Math.max(floor, (int)
                        Math.round(previous * (visit <= 2 ? draw.uniform(0.85, 1.02) : draw.uniform(0.97, 1.06))));
            case UNDERDOSED -> (int) Math.round(previous * draw.uniform(0.98, 1.08));
        };
    }

    /** Grows the lesions that did not respond until the sum is 20 % and 5 mm above the nadir, with a margin. */
    private static List<Integer> grownPastNadir(List<Integer> sizes, List<Integer> growing, int nadir) {
        int needed = (int) Math.ceil(Math.max(nadir * 1.22, nadir + 6));
        int deficit = needed - sum(sizes);
        if (deficit <= 0) {
            return sizes;
        }
        int growingSum = growing.stream().mapToInt(sizes::get).sum();
        double factor = (double) (growingSum + deficit) / growingSum;
        List<Integer> grown = new ArrayList<>(sizes);
        growing.forEach(i -> grown.set(i, (int) Math.ceil(sizes.get(i) * factor)));
        return grown;
    }

    private static boolean progression(int sum, int nadir) {
        return sum >= 1.2 * nadir && sum - nadir >= 5;
    }

    private static int sum(List<Integer> sizes) {
        return sizes.stream().mapToInt(Integer::intValue).sum();
    }
}
