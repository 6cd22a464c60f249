package org.thyrobank.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloads: CSV (RFC 4180 quoting, empty cell for undefined) and SVG, as attachments. */
public final class Csv {

    private Csv() {}

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches(".*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    public static ResponseEntity<String> download(String body, String filename, String mediaType) {
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
