package org.thyrobank.mirna.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored qPCR plates, their wells and their no-template controls (tables qpcr_plate, qpcr_value, qpcr_ntc). */
@Mapper
public interface QpcrValueMapper {

    /** The file a plate id was imported from, or {@code null} when no file has claimed it. */
    String sourceFileOfPlate(String plateId);

    void insertPlate(QpcrPlateRow plate);

    /** Inserts wells, all of panel assays or all of targets outside the panel ({@code offPanel}). */
    void insertValues(@Param("values") List<QpcrValueRow> values, @Param("offPanel") boolean offPanel);

    void insertNtcWells(@Param("wells") List<QpcrNtcRow> wells);

    /** Removes what a file contributed; its wells and NTC wells first, then its plate. Answers the wells removed. */
    int deleteValuesOf(String sourceFile);

    int deleteNtcWellsOf(String sourceFile);

    int deletePlateOf(String sourceFile);

    /** Every stored well of a panel assay, plate by plate, in the order the files gave them. */
    List<QpcrValueRow> values();

    /** The stored wells of one specimen's panel assays, plate by plate, in the order the files gave them. */
    List<QpcrValueRow> valuesOfSpecimen(String specimenId);

    /** The stored wells of targets outside the panel, under the file's target name; never normalised. */
    List<QpcrValueRow> offPanelValues();

    /** What wrote the plate's file, as the file said ({@code QuantStudio 7 Flex, all sections}). */
    String softwareOfPlate(String plateId);

    long countValues();

    /** The source file of every stored plate, in plate id order. */
    List<String> plateFiles();

    /** Every stored NTC well, plate by plate, in the order the files gave them. */
    List<QpcrNtcRow> ntcWells();

    /** The stored NTC wells of one plate, in the order its file gave them. */
    List<QpcrNtcRow> ntcWellsOfPlate(String plateId);

    /** Every stored plate with its counts, in plate id order. */
    List<PlateSummaryRow> plateSummaries();

    /** One stored plate with its counts, or {@code null} when no plate has this id. */
    PlateSummaryRow plateSummary(String plateId);

    /** A plate file as stored: its plate id is the file name without its extension. */
    record QpcrPlateRow(String plateId, String sourceFile, String format, String software, int wells) {}

    /** One well as stored; {@code cq} is {@code null} when the well did not amplify. */
    record QpcrValueRow(
            String sourceFile,
            String plateId,
            String specimenId,
            String assay,
            Double cq,
            String well,
            String qpcrRunId) {}

    /**
     * A stored plate: its wells (panel and off-panel, as {@code qpcr_plate.wells}), the distinct specimens of those
     * wells and its NTC wells.
     */
    record PlateSummaryRow(
            String plateId,
            String sourceFile,
            String software,
            int wells,
            int specimens,
            int ntcWells,
            LocalDateTime importedAt) {}

    /** One no-template control well as stored; {@code cq} is {@code null} when it did not amplify. */
    record QpcrNtcRow(String sourceFile, String plateId, String assay, Double cq, String well, String qpcrRunId) {}
}
