package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadgeImportCommandTest {

    @TempDir
    Path dir;

    private static String sample(String name) {
        return Path.of(System.getProperty("upskill.samples", "../shared/samples"), name).toString();
    }

    @Test
    void aBadgeWithoutProfileIsRejectedWithExitCode3AndAClearMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "import", sample("openbadges3/mynextid_open-badge-mc-example.json"));

        assertThat(code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(err.toString()).contains("mynextid_open-badge-mc-example.json", "--profile NAME");
    }

    @Test
    void aBadgeWithProfileIsImportedAndSummarised() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(), "profiles");
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "import", sample("openbadges3/mynextid_open-badge-mc-example.json"), "--profile", "Maya Lindqvist");

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Open Badges 3.0, 2 entries",
                "Adds the earned badge 'Data Science Fundamentals' from NETIS d.o.o.", "Verification:");
    }
}
