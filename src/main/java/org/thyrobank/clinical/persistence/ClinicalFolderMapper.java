package org.thyrobank.clinical.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * The stored clinical folder as a whole: the files it came from (with their SHA-256) and the warnings of its
 * import.
 */
@Mapper
public interface ClinicalFolderMapper {

    List<SourceFile> sourceFiles();

    void insertSourceFiles(List<Numbered<SourceFile>> rows);

    List<String> warnings();

    void insertWarnings(List<Numbered<String>> rows);

    void deleteSourceFiles();

    void deleteWarnings();

    record SourceFile(String relativePath, String sha256) {}
}
