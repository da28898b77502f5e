package io.upskillplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.upskillplanner.Main;

/**
 * The hostile-input suite's tools: running the real command line, taking a fingerprint of
 * everything outside the data folder, and the demo profile's export as the measure of "the data
 * is unchanged".
 */
final class Hostile {

    static final String PROFILE = "Maya Lindqvist";

    private Hostile() {
    }

    record Result(int code, String out, String err) {
        /** What a user reads: the error must name the file and the reason, and never show a stack trace. */
        void assertRejected(String file, String... reasons) {
            assertThat(code).as(err).isEqualTo(3);
            assertThat(err).contains(file).doesNotContain("Exception").doesNotContain("\tat ");
            for (String reason : reasons) {
                assertThat(err).contains(reason);
            }
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The demo profile as the app exports it: equal before and after means the data did not change. */
    static String exportJson(Path dataDir, Path scratch) throws IOException {
        Path out = scratch.resolve("export-" + System.nanoTime() + ".json");
        Result result = run("--data-dir", dataDir.toString(), "export", "json", "--profile", PROFILE, "--out", out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        String text = Files.readString(out);
        Files.delete(out);
        // The export stamps the time it was made; everything else must match.
        return text.replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "\"exportedAt\": \"\"");
    }

    /** Path → size of every file under {@code root} except the data folder: what a hostile file must never change. */
    static Map<String, Long> outside(Path root, Path dataDir) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.startsWith(dataDir) && Files.isRegularFile(p)).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString(), Files.size(p));
                } catch (IOException e) {
                    files.put(root.relativize(p).toString(), -1L);
                }
            });
        }
        return files;
    }

    /**
     * A real backup of {@code dataDir}, changed by {@code sql} run on its database with H2's full
     * powers, and zipped again with H2's own BACKUP TO: what a crafted file from someone else looks like.
     */
    static Path craftedBackup(Path dataDir, Path scratch, String name, String... sql) throws IOException, SQLException {
        Path good = scratch.resolve(name + "-source.zip");
        Result backup = run("--data-dir", dataDir.toString(), "backup", "--out", good.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        Path work = Files.createDirectories(scratch.resolve(name + "-db"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(good))) {
            zip.getNextEntry();
            Files.copy(zip, work.resolve("crafted.mv.db"));
        }
        Path crafted = scratch.resolve(name + ".zip");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("crafted"), "sa", "");
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
            statement.execute("BACKUP TO '" + crafted + "'");
        }
        return crafted;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
