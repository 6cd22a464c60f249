package org.thyrobank.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A download (CSV from {@code platform.rendering.CsvWriter}, SVG) as an attachment. */
public final class Download {

    private Download() {}

    public static ResponseEntity<String> attachment(String body, String filename, String mediaType) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(mediaType))
                .body(body);
    }
}
