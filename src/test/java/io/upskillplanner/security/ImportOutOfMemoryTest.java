package io.upskillplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.upskillplanner.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18, fifth row: a plan file too large for the memory the app was given ended in an
 * OutOfMemoryError stack trace (a 199 MB file with -Xmx512m). The same happens here at a smaller
 * scale, in a separate JVM given 64 MB: a 9 MB file of three million empty objects needs far more
 * as a JSON tree. The import is refused with exit 3 and a message, and the data is unchanged.
 */
class ImportOutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatNeedsMoreMemoryThanTheAppHasIsRefusedWithExitThreeAndAMessage() throws Exception {
        HostileImports cli = new HostileImports(dir);
        String before = cli.snapshot();
        Path file = dir.resolve("inflating.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"upskill-planner-plan\", \"formatVersion\": 1, \"x\": [{}");
            for (int i = 1; i < 3_000_000; i++) {
                out.write(",{}");
            }
            out.write("]}");
        }

        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                // The app's class path without the tests' classes, so the app's own logging (to the data folder) applies,
                // not logback-test.xml's console logging: the output is what users see.
                "-cp", applicationClassPath(), Main.class.getName(),
                "--data-dir", dir.resolve("data").toString(), "import", file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the import ends").isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains(file.toString(), "needs more memory to read than this app has (",
                        "nothing was imported")
                .doesNotContain("OutOfMemoryError", "\tat ", "Exception");
        assertThat(output.strip()).hasSizeLessThan(HostileImports.MAX_MESSAGE_LENGTH);
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    private static String applicationClassPath() {
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
