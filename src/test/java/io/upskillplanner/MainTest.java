package io.upskillplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry point's shortcut for {@code --version} answers exactly as the full command line does. */
class MainTest {

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionShortcutPrintsWhatPicocliPrints(String flag) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), flag))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String shortcut = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace(System.lineSeparator(), "\n");
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(ExitCode.OK);
        assertThat(shortcut).isEqualTo(viaPicocli(flag)).startsWith(Version.NAME + " ");
    }

    @Test
    void onlyALoneVersionFlagTakesTheShortcut() {
        assertThat(Main.isVersionRequest(new String[] {"--version"})).isTrue();
        assertThat(Main.isVersionRequest(new String[] {"-V"})).isTrue();
        assertThat(Main.isVersionRequest(new String[] {})).isFalse();
        assertThat(Main.isVersionRequest(new String[] {"profiles", "--version"})).isFalse();
        assertThat(Main.isVersionRequest(new String[] {"--data-dir", "x", "--version"})).isFalse();
        assertThat(Main.isVersionRequest(new String[] {"--versions"})).isFalse();
    }

    private static String viaPicocli(String flag) {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), flag);
        assertThat(code).isEqualTo(ExitCode.OK);
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
