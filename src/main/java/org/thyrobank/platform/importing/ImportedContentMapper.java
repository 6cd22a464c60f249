package org.thyrobank.platform.importing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportedContentMapper {

    int chunkCount(String sha256);

    void insertChunk(@Param("sha256") String sha256, @Param("chunkNo") int chunkNo, @Param("bytes") byte[] bytes);

    /** Null when there is no such chunk. */
    Chunk chunk(@Param("sha256") String sha256, @Param("chunkNo") int chunkNo);

    /** A record, because MyBatis would take a {@code byte[]} result for a list of rows. */
    record Chunk(byte[] bytes) {}
}
