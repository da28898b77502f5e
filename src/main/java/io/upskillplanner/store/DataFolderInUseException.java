package io.upskillplanner.store;

import java.nio.file.Path;

import io.upskillplanner.domain.ErrorText;

/** Another running instance holds the data folder; the message is put into words in the language the app runs in. */
public class DataFolderInUseException extends Exception {

    private final Path folder;
    private final transient ErrorText text;

    public DataFolderInUseException(Path folder) {
        this.folder = folder;
        this.text = ErrorText.of("error.start.folderInUse", folder);
    }

    @Override
    public String getMessage() {
        return text.text();
    }

    public ErrorText text() {
        return text;
    }

    public Path folder() {
        return folder;
    }
}
