package org.thyrobank.web.uploads;

import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.web.multipart.MultipartFile;
import org.thyrobank.platform.uploads.SentFile;
import org.thyrobank.platform.users.Role;

/** The multipart files of a request as the upload service takes them (a browser sends an empty part for no file), and who may send what. */
final class SentFiles {

    private SentFiles() {}

    /** Clinical data (a bundle's clinical/) is imported, and its uploads are seen, by an ADMIN only. */
    static boolean mayImportClinical(Authentication sender) {
        return sender.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
    }

    static List<SentFile> of(List<MultipartFile> parts) {
        return parts.stream()
                .filter(part -> !part.isEmpty()
                        || !Objects.toString(part.getOriginalFilename(), "").isEmpty())
                .map(part -> new SentFile(part.getOriginalFilename(), part::getInputStream))
                .toList();
    }
}
