package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.store.ServerDatabase;
import io.upskillplanner.store.TestServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a shared PostgreSQL server (--db-url). */
class SharedServerCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void aDbUrlForAnotherKindOfDatabaseIsRejectedInput() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--data-dir", dir.toString(),
                "--db-url", "jdbc:mysql://server/upskill", "profiles");

        assertThat(code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(err.toString()).contains("--db-url jdbc:mysql://server/upskill", "not a PostgreSQL JDBC URL");
    }

    @Test
    void aPasswordInTheDbUrlIsRefusedWithoutRepeatingIt() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--data-dir", dir.toString(),
                "--db-url", "jdbc:postgresql://server/upskill?ssl=true&password=hunter2", "profiles");

        assertThat(code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(err.toString()).contains("UPSKILL_PLANNER_DB_PASSWORD").doesNotContain("hunter2");
    }

    @Test
    void twoMachinesWithTheirOwnDataFoldersUseOneServerAtOnceAndGetNoDemoData() throws Exception {
        ServerDatabase server = TestServer.createDatabase();
        try {
            Process first = start(server, dir.resolve("first-machine"), "catalog", "--json");
            Process second = start(server, dir.resolve("second-machine"), "profiles", "--json");

            assertThat(finish(first)).isEqualTo(List.of("0", "[ ]"));
            assertThat(finish(second)).isEqualTo(List.of("0", "[ ]"));
        } finally {
            TestServer.dropDatabase(server);
        }
    }

    private static Process start(ServerDatabase server, Path dataDir, String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "--db-url", server.url()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().putAll(Map.of(ServerDatabase.USER_VARIABLE, server.user(),
                ServerDatabase.PASSWORD_VARIABLE, server.password() == null ? "" : server.password()));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** The exit code and the standard output, trimmed. */
    private static List<String> finish(Process process) throws Exception {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return List.of(Integer.toString(process.exitValue()), out);
    }
}
