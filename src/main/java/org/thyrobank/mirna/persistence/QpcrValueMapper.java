package org.thyrobank.mirna.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The stored qPCR plates and their wells (tables qpcr_plate and qpcr_value). */
@Mapper
public interface QpcrValueMapper {

    /** The file a plate id was imported from, or {@code null} when no file has claimed it. */
    String sourceFileOfPlate(String plateId);

    void insertPlate(QpcrPlateRow plate);

    void insertValues(List<QpcrValueRow> values);

    /** Removes what a file contributed; its wells first, then its plate. Answers the wells removed. */
    int deleteValuesOf(String sourceFile);

    int deletePlateOf(String sourceFile);

    /** Every stored well, plate by plate, in the order the files gave them. */
    List<QpcrValueRow> values();

    /** The stored wells of one specimen, plate by plate, in the order the files gave them. */
    List<QpcrValueRow> valuesOfSpecimen(String specimenId);

    long countValues();

    /** The source file of every stored plate, in plate id order. */
    List<String> plateFiles();

    /** A plate file as stored: its plate id is the file name without its extension. */
    record QpcrPlateRow(String plateId, String sourceFile, String format, int wells) {}

    /** One well as stored; {@code cq} is {@code null} when the well did not amplify. */
    record QpcrValueRow(
            String sourceFile,
            String plateId,
            String specimenId,
            String assay,
            Double cq,
            String well,
            String qpcrRunId) {}
}
