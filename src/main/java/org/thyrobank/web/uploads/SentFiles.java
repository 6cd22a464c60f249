package org.thyrobank.web.uploads;

import java.util.List;
import java.util.Objects;
import org.springframework.web.multipart.MultipartFile;
import org.thyrobank.platform.uploads.SentFile;

/** The multipart files of a request as the upload service takes them; a browser sends an empty part for no file. */
final class SentFiles {

    private SentFiles() {
    }

    static List<SentFile> of(List<MultipartFile> parts) {
        return parts.stream().filter(part -> !part.isEmpty() || !Objects.toString(part.getOriginalFilename(), "").isEmpty())
                .map(part -> new SentFile(part.getOriginalFilename(), part::getInputStream)).toList();
    }
}
