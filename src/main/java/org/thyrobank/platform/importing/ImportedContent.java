package org.thyrobank.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The bytes of imported files, addressed by SHA-256 (table {@code imported_content}), so that the study bundle can
 * be written back exactly as it was imported. Kept in the importer's transaction: a rejected file leaves no bytes.
 * Content stays when a file is replaced by another version (the register then points at the new one).
 */
@Component
public class ImportedContent {

    /** Well below any server's max_allowed_packet (16 MiB by default, 64 MiB embedded). */
    static final int CHUNK_BYTES = 1 << 20;

    private final ImportedContentMapper mapper;

    ImportedContent(ImportedContentMapper mapper) {
        this.mapper = mapper;
    }

    /** Stores the file's bytes under {@code sha256} unless they are stored already; one chunk at a time. */
    public void keep(Path file, String sha256) {
        if (isKept(sha256)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int chunkNo = 0;
            byte[] chunk = in.readNBytes(CHUNK_BYTES);
            // an empty file is one empty chunk, so that it counts as kept
            do {
                mapper.insertChunk(sha256, chunkNo++, chunk);
                chunk = in.readNBytes(CHUNK_BYTES);
            } while (chunk.length > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to keep its content", e);
        }
    }

    /** Stores the file's bytes and answers their SHA-256. */
    public String keep(Path file) {
        String sha256 = sha256Of(file);
        keep(file, sha256);
        return sha256;
    }

    public boolean isKept(String sha256) {
        return mapper.chunkCount(sha256) > 0;
    }

    /**
     * Writes the stored bytes to {@code out}, checking them against their SHA-256 on the way.
     *
     * @throws IllegalStateException when nothing is stored under {@code sha256} or the bytes do not match it
     */
    public void copyTo(String sha256, OutputStream out) throws IOException {
        int chunks = mapper.chunkCount(sha256);
        if (chunks == 0) {
            throw new IllegalStateException("no content is stored for SHA-256 " + sha256);
        }
        DigestOutputStream digesting = new DigestOutputStream(out, sha256Digest());
        for (int chunkNo = 0; chunkNo < chunks; chunkNo++) {
            ImportedContentMapper.Chunk chunk = mapper.chunk(sha256, chunkNo);
            if (chunk == null) {
                throw new IllegalStateException("stored content " + sha256 + " lacks chunk " + chunkNo);
            }
            digesting.write(chunk.bytes());
        }
        digesting.flush();
        String found = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        if (!found.equals(sha256)) {
            throw new IllegalStateException("stored content " + sha256 + " has SHA-256 " + found + " when read back");
        }
    }

    private static String sha256Of(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(file);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
