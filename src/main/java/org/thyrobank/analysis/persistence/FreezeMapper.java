package org.thyrobank.analysis.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The data_freeze table: freezes are inserted and read, never updated nor deleted. */
@Mapper
public interface FreezeMapper {

    /** Inserts unless a freeze of that name exists; answers the rows inserted (0 or 1). */
    int insert(FreezeRow row);

    List<FreezeSummary> list();

    byte[] snapshot(String name);

    record FreezeRow(String name, String note, String createdBy, long dataVersion, long sizeBytes, byte[] snapshot) {}

    record FreezeSummary(
            String name, String note, LocalDateTime createdAt, String createdBy, long dataVersion, long sizeBytes) {}
}
