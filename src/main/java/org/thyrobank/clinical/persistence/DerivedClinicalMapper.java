package org.thyrobank.clinical.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.clinical.LabNadir;
import org.thyrobank.clinical.LesionDose;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.VisitResponse;

/** The derived tables: written after each import from {@code ClinicalDerivations}, read back in list order. */
@Mapper
public interface DerivedClinicalMapper {

    void insertOutcomes(List<Numbered<PatientOutcome>> rows);

    void insertLesionDoses(List<Numbered<LesionDose>> rows);

    void insertVisits(List<Numbered<VisitResponse>> rows);

    void insertLabNadirs(List<Numbered<LabNadir>> rows);

    List<PatientOutcome> outcomes();

    List<LesionDose> lesionDoses();

    List<VisitResponse> visits();

    List<LabNadir> labNadirs();

    void deleteOutcomes();

    void deleteLesionDoses();

    void deleteVisits();

    void deleteLabNadirs();

    default void deleteAll() {
        deleteOutcomes();
        deleteLesionDoses();
        deleteVisits();
        deleteLabNadirs();
    }
}
