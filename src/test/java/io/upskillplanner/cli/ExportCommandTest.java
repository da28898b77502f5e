package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.csv.CsvReader;
import io.upskillplanner.store.DataFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    @Test
    void exportJsonWritesAPlanFileThatImportReadsBack() throws Exception {
        Path file = dir.resolve("maya.json");
        StringWriter out = new StringWriter();

        int code = run(out, new StringWriter(), "export", "json", "--profile", "maya lindqvist", "--out",
                file.toString());

        assertThat(code).isZero();
        JsonNode plan = new ObjectMapper().readTree(file.toFile());
        assertThat(plan.path("format").asText()).isEqualTo("upskill-planner-plan");
        assertThat(plan.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(plan.path("profile").path("name").asText()).isEqualTo("Maya Lindqvist");
        assertThat(plan.path("credentials").size()).isPositive();
        StringWriter importOut = new StringWriter();
        assertThat(run(importOut, new StringWriter(), "import", file.toString())).isZero();
        assertThat(importOut.toString()).contains("Upskill Planner plan file").contains("Update profile");
    }

    @Test
    void exportCsvWritesTheGoalsComparisonWithNeutralisedFormulas() throws Exception {
        String goalTitle;
        try (AppServices app = AppServices.open(new DataFolder(dir.resolve("data")))) {
            Profile maya = app.store().profiles().findByName("Maya Lindqvist").orElseThrow();
            Goal goal = app.store().goals().listForProfile(maya.id()).get(0);
            goalTitle = goal.title();
            Candidate first = app.store().candidates().listForGoal(goal.id()).get(0);
            Credential c = app.store().catalog().find(first.credentialId()).orElseThrow();
            app.store().catalog().save(new Credential(c.id(), "=HYPERLINK(\"http://evil\")", c.providerId(), null,
                    c.kind(), c.description(), c.costs(), c.effortHours(), c.fixedDurationWeeks(), c.format(),
                    c.pacing(), c.quality(), c.credits(), c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(),
                    c.drawbacks(), c.provenance(), c.origin(), c.externalId(), c.skills(), c.recognition(),
                    c.version()));
        }
        Path file = dir.resolve("compare.csv");

        int code = run(new StringWriter(), new StringWriter(), "export", "csv", "--profile", "Maya Lindqvist",
                "--goal", goalTitle.toUpperCase(), "--out", file.toString());

        assertThat(code).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        CsvReader reader = new CsvReader(file.toString(), text);
        List<String> header = reader.next().cells();
        assertThat(header).startsWith("Title", "Provider", "Status", "Order", "One-off cost", "Currency");
        assertThat(header).anyMatch(h -> h.startsWith("Recognition in ")).contains("Skills matched");
        CsvReader.Row first = reader.next();
        assertThat(first.cells().get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(first.cells().get(14)).matches("\\d+ of \\d+");
        assertThat(first.cells()).hasSameSizeAs(header);
        assertThat(header).contains("Score (0-100)", "Rank", "Cost fit (points)");
        assertThat(first.cells().get(header.indexOf("Score (0-100)"))).matches("\\d{1,3}\\.\\d");
        assertThat(first.cells().get(header.indexOf("Rank"))).matches("\\d+");
    }

    @Test
    void anUnknownFormatIsBadUsageAndNamesTheFormats() {
        StringWriter err = new StringWriter();

        int code = run(new StringWriter(), err, "export", "docx", "--profile", "x", "--out", "x.docx");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("'docx' is not an export format").contains("json, csv, pdf");
    }

    @Test
    void csvWithoutAGoalIsRejectedWithExitCodeThree() {
        StringWriter err = new StringWriter();

        int code = run(new StringWriter(), err, "export", "csv", "--profile", "Maya Lindqvist", "--out",
                dir.resolve("x.csv").toString());

        assertThat(code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(err.toString()).contains("--goal");
    }
}
