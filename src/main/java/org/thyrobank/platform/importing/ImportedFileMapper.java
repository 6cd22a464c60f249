package org.thyrobank.platform.importing;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ImportedFileMapper {

    String sha256Of(String relativePath);

    void upsert(ImportedFileRow row);

    void touch(String relativePath);

    record ImportedFileRow(String relativePath, String kind, String sha256, long sizeBytes) {}
}
