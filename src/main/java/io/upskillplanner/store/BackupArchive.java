package io.upskillplanner.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.InputRejectedException;

/**
 * Unpacks the one database file of a backup zip, within limits: the zip's own directory must
 * declare exactly one entry with a plain {@code *.mv.db} name, a size under the limit and a
 * believable compression ratio, and the inflating stops the moment it passes what was declared.
 * The file is written under a name of our choosing, so no entry name can point anywhere.
 */
record BackupArchive(long maxBytes, long maxRatio) {

    /** Far above the database of any planner or counselor, far below a full disk. */
    static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    /** H2 files compress to about a tenth; a bomb compresses a thousand times and more. */
    static final long DEFAULT_MAX_RATIO = 200;
    /** Below this size a high ratio costs nothing (a new database is mostly empty pages). */
    private static final long RATIO_FREE_BYTES = 16L * 1024 * 1024;

    static BackupArchive defaults() {
        return new BackupArchive(DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO);
    }

    /** Writes the database inside {@code zip} to {@code target}, or rejects the zip having written at most the limit. */
    void unpack(Path zip, Path target, String source) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = onlyEntry(file, source);
            try (InputStream in = file.getInputStream(entry);
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                copyBounded(in, out, entry, source);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new InputRejectedException(source, null, ErrorText.of("error.backup.damaged", e.getMessage()), e);
        } catch (IOException e) {
            throw new InputRejectedException(source, null, ErrorText.of("error.backup.unreadable", e.getMessage()), e);
        }
    }

    private ZipEntry onlyEntry(ZipFile file, String source) {
        if (file.size() != 1) {
            throw new InputRejectedException(source, null, file.size() == 0 ? ErrorText.of("error.backup.emptyZip")
                    : ErrorText.of("error.backup.manyFiles", file.size()));
        }
        Enumeration<? extends ZipEntry> entries = file.entries();
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory() || !name.endsWith(".mv.db") || name.contains("/") || name.contains("\\")
                || name.contains("..") || name.contains(":") || name.startsWith(".")) {
            throw new InputRejectedException(source, ErrorText.of("error.place.zipEntry", printable(name)),
                    ErrorText.of("error.backup.notDatabaseFile"));
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || size > maxBytes) {
            throw new InputRejectedException(source, ErrorText.of("error.place.zipEntry", name), size < 0
                    ? ErrorText.of("error.backup.noSize") : ErrorText.of("error.backup.tooLarge", size, maxBytes));
        }
        if (size > RATIO_FREE_BYTES && compressed >= 0 && size > compressed * maxRatio) {
            throw new InputRejectedException(source, ErrorText.of("error.place.zipEntry", name),
                    ErrorText.of("error.backup.zipBomb", size / Math.max(1, compressed), maxRatio));
        }
        return entry;
    }

    /** The declared size is only a claim: the copy stops when the data goes past it or the limit. */
    private void copyBounded(InputStream in, OutputStream out, ZipEntry entry, String source) throws IOException {
        long allowed = Math.min(entry.getSize(), maxBytes);
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            written += n;
            if (written > allowed) {
                throw new InputRejectedException(source, ErrorText.of("error.place.zipEntry", entry.getName()),
                        ErrorText.of("error.backup.moreThanDeclared", entry.getSize()));
            }
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        if (written != entry.getSize() || (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc())) {
            throw new InputRejectedException(source, ErrorText.of("error.place.zipEntry", entry.getName()),
                    ErrorText.of("error.backup.checksum"));
        }
    }

    /** Entry names come from the file: control characters would reach the terminal as they are. */
    private static String printable(String name) {
        return name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
