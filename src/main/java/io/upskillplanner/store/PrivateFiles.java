package io.upskillplanner.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Client records are for the user alone: on POSIX systems the data folder and everything the app
 * writes into it are readable by the owner only (0700 folders, 0600 files). On Windows the data
 * folder lies in the user's own profile, whose access list already keeps other users out.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates a new folder for the owner only; fails if something is already there. */
    static Path createDirectory(Path folder) throws IOException {
        Files.createDirectory(folder);
        restrict(folder);
        return folder;
    }

    /** Creates the folder and any missing parents, and makes the folder itself owner-only. */
    static Path createDirectories(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Makes a file or folder readable by its owner only; does nothing where POSIX modes do not exist. */
    public static void restrict(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.isSymbolicLink(path) || !Files.exists(path)) {
            return;
        }
        try {
            view.setPermissions(Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // A folder on a file system without modes (a FAT stick): nothing to tighten.
        }
    }
}
