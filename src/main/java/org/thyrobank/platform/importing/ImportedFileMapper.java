package org.thyrobank.platform.importing;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ImportedFileMapper {

    String sha256Of(String relativePath);

    void upsert(ImportedFileRow row);

    void touch(String relativePath);

    Version latestVersion(String relativePath);

    /** Adds the path's imported_file row, as just upserted, to its history. */
    void addVersion(
            @Param("relativePath") String relativePath,
            @Param("importedBy") String importedBy,
            @Param("replacesId") Long replacesId);

    long dataVersion();

    List<FileVersion> history(String relativePath);

    List<FileVersion> current();

    record ImportedFileRow(String relativePath, String kind, String sha256, long sizeBytes) {}

    record Version(long id, String sha256) {}
}
