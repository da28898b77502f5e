package io.upskillplanner.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public real-world sample files (../shared/samples), read where surefire says they are. */
public final class Samples {

    private Samples() {
    }

    public static Path file(String relative) {
        String root = System.getProperty("upskill.samples", "../shared/samples");
        Path path = Path.of(root).resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The sample " + path.toAbsolutePath() + " is missing: tests read the "
                    + "shared samples from the folder beside the project (see shared/samples/SOURCES.md)");
        }
        return path;
    }
}
