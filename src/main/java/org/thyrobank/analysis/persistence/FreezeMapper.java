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

    /** Null when there is no freeze of that name. */
    FrozenBytes snapshot(String name);

    /**
     * The gzipped snapshot. A record rather than {@code byte[]}: MyBatis reads an array return type as one element per
     * row and fails to put a row's bytes into it ("argument type mismatch").
     */
    record FrozenBytes(byte[] gzipped) {}

    record FreezeRow(String name, String note, String createdBy, long dataVersion, long sizeBytes, byte[] snapshot) {}

    record FreezeSummary(
            String name, String note, LocalDateTime createdAt, String createdBy, long dataVersion, long sizeBytes) {}
}
