package io.upskillplanner.store;

import java.nio.file.Path;

/** Another running instance holds the data folder. */
public class DataFolderInUseException extends Exception {

    private final Path folder;

    public DataFolderInUseException(Path folder) {
        super("The data folder " + folder + " is in use by another running Upskill Planner. "
                + "Close the other window first, or start with --data-dir pointing at another folder.");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
