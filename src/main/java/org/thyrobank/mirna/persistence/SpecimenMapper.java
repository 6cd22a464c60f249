package org.thyrobank.mirna.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.thyrobank.mirna.RegisteredSpecimen;

/** Reads the specimen table (filled by the clinical import) as the qPCR plates need it. */
@Mapper
public interface SpecimenMapper {

    /** The specimen, or {@code null} when specimens.csv has no such id. */
    RegisteredSpecimen find(String specimenId);
}
