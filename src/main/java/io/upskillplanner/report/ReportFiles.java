package io.upskillplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.upskillplanner.domain.InputRejectedException;

/**
 * Writes a file so that a reader never sees half of it: into a temporary file in the same
 * folder, then moved over the target in one step. A failure or a cancel leaves no file behind.
 */
public final class ReportFiles {

    /** Writes the content to an output stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /**
     * @throws InputRejectedException naming the path when its folder is missing, it is a folder,
     *                                or the folder or the file cannot be written
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireWritable(absolute);
        Path folder = absolute.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".tmp");
        } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw rejected(absolute, "the folder " + folder + " is read-only");
        } catch (FileSystemException e) {
            throw rejected(absolute, "cannot write in the folder " + folder + " (" + reason(e) + ")");
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (AccessDeniedException e) {
                throw rejected(absolute, "the file cannot be replaced (" + reason(e) + ")");
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Checks what can be checked before any work is done, so a long render does not end in a refusal. */
    public static void requireWritable(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw rejected(absolute, "is a folder; give a file name such as " + absolute.resolve("plan.pdf"));
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw rejected(absolute, "the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw rejected(absolute, "the folder " + folder + " is read-only");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw rejected(absolute, "the file exists and is read-only");
        }
    }

    private static InputRejectedException rejected(Path target, String reason) {
        return new InputRejectedException(target.toString(), null, "cannot write the report there: " + reason);
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
