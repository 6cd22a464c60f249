package org.thyrobank.genomics.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.genomics.HotspotCallRow;

/** Reads the stored hotspot calls and variants for {@link org.thyrobank.genomics.HotspotQueries}. */
@Mapper
public interface HotspotCallMapper {

    /** Every stored call, by specimen and hotspot. */
    List<SpecimenCall> specimenCalls();

    /** Every stored call with whether its run has a standing sign-out, by specimen and hotspot. */
    List<ReviewedCall> reviewedCalls();

    String reviewFingerprint();

    List<HotspotCallRow> callsOfSpecimen(String specimenId);

    /** The variant rows of completed imports. */
    long variantCount();

    /** One hotspot status of one specimen. */
    record SpecimenCall(String specimenId, String hotspot, String status) {}

    /** One hotspot status of one specimen and whether a second lab member signed its run out. */
    record ReviewedCall(String specimenId, String hotspot, String status, boolean signedOut) {}
}
