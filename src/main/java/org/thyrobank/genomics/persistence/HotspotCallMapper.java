package org.thyrobank.genomics.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.genomics.HotspotCallRow;

/** Reads the stored hotspot calls and variants for {@link org.thyrobank.genomics.HotspotQueries}. */
@Mapper
public interface HotspotCallMapper {

    /** Every call of a tumour specimen with its patient, by patient, hotspot and specimen. */
    List<PatientCall> patientCalls();

    List<HotspotCallRow> callsOfSpecimen(String specimenId);

    /** The variant rows of completed imports. */
    long variantCount();

    /** One hotspot status of one of a patient's tumour specimens. */
    record PatientCall(String patientId, String hotspot, String status) {
    }
}
