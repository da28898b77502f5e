package io.upskillplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

/** A file offered for import, read whole into memory once (bounded), so importers can sniff and parse it. */
public record ImportFile(Path path, byte[] content) {

    /** Larger files are refused before they are read: no real credential or plan file comes near it. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    public static ImportFile read(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputRejectedException(path.toString(), null, ErrorText.of(
                        Files.isDirectory(path) ? "error.file.isFolder" : "error.file.missing"));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputRejectedException(path.toString(), null,
                        ErrorText.of("error.file.tooLargeBytes", size, MAX_BYTES));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return new ImportFile(path, in.readNBytes((int) size));
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(path.toString(), null, ErrorText.of("error.file.missing"), e);
        } catch (IOException e) {
            throw new InputRejectedException(path.toString(), null, ErrorText.of("error.file.unreadable", e.getMessage()), e);
        }
    }

    public String name() {
        return path.toString();
    }

    /** The content as strict UTF-8 text; invalid byte sequences are rejected at their line and byte offset. */
    public String text() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // Checked through a small window, then decoded by the JDK's fast path: a char buffer of the whole file
        // would hold twice its size in memory next to the text itself.
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new InputRejectedException(name(), ErrorText.of("error.place.lineByte", line, offset + 1),
                    offset >= content.length ? ErrorText.of("error.file.utf8Truncated")
                            : ErrorText.of("error.file.utf8Byte", String.format("%02X", content[offset] & 0xFF)));
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
