package io.upskillplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.upskillplanner.Main;
import io.upskillplanner.exchange.Excerpt;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The command line against one seeded data folder, for feeding it crafted files: a run that must
 * not hang, a rejection that must be short, and a snapshot of the data to prove nothing changed.
 */
final class HostileImports {

    static final String PROFILE = "Maya Lindqvist";
    /**
     * Generous: unguarded, these files kept an import busy past 120 s; guarded, it takes a second or two,
     * and the rest is room for a machine loaded with other builds.
     */
    static final Duration NO_HANG = Duration.ofSeconds(60);
    /** A rejection is a line or two: the file's path, the place, the reason and a short excerpt. */
    static final int MAX_MESSAGE_LENGTH = 300;
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data;

    HostileImports(Path dir) {
        this.data = dir.resolve("data");
    }

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Result(code, out.toString(), err.toString());
    }

    /** Imports the files within {@link #NO_HANG}; fails the test if the import takes longer. */
    Result importWithinTime(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "import";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return assertTimeoutPreemptively(NO_HANG, () -> run(args), "the import must not hang");
    }

    /** What the user could see of the data: one profile's plan export (without its time stamp) and the catalog. */
    String snapshot() throws IOException {
        Path export = data.resolveSibling("snapshot-" + System.nanoTime() + ".json");
        Result exported = run("export", "json", "--profile", PROFILE, "--out", export.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        ObjectNode plan = (ObjectNode) JSON.readTree(export.toFile());
        plan.remove("exportedAt");
        Files.delete(export);
        Result catalog = run("catalog", "--json");
        assertThat(catalog.code()).as(catalog.err()).isZero();
        return plan + "\n" + catalog.out();
    }

    /** The profile's plan as exported now: a valid file to make hostile. */
    ObjectNode planFile() throws IOException {
        Path export = data.resolveSibling("plan-" + System.nanoTime() + ".json");
        Result exported = run("export", "json", "--profile", PROFILE, "--out", export.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        ObjectNode plan = (ObjectNode) JSON.readTree(export.toFile());
        Files.delete(export);
        return plan;
    }

    /** Writes the document with the value at the pointer replaced by raw JSON text (a number no mapper would write). */
    static Path withRawValue(Path file, JsonNode document, String pointer, String rawJson) throws IOException {
        JsonPointer at = JsonPointer.compile(pointer);
        ObjectNode parent = (ObjectNode) document.at(at.head());
        String marker = "@@hostile@@";
        parent.put(at.last().getMatchingProperty(), marker);
        String text = JSON.writeValueAsString(document).replace("\"" + marker + "\"", rawJson);
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The rejection is short, names the file and the place, and quotes at most an excerpt of the input. */
    static void assertShortRejection(Result result, Path file, String place) {
        assertThat(result.code()).as(result.err()).isEqualTo(3);
        String message = result.err().strip();
        assertThat(message).as("the message").hasSizeLessThan(MAX_MESSAGE_LENGTH)
                .contains(file.toString()).contains(place).doesNotContain("Exception").doesNotContain("\tat ");
        Matcher quoted = QUOTED.matcher(message.substring(message.indexOf(file.toString()) + file.toString().length()));
        while (quoted.find()) {
            assertThat(quoted.group(1)).as("a quoted excerpt").hasSizeLessThanOrEqualTo(Excerpt.MAX_CHARS);
        }
    }
}
