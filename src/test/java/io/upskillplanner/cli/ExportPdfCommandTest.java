package io.upskillplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.Main;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.reports.ReportsViewModel;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export pdf} with the exit codes of the contract. */
class ExportPdfCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesThePdfOfOneGoalOnLetterPaperWithTheSavedAuthor() throws Exception {
        Path data = dir.resolve("data");
        try (AppServices app = AppServices.open(new DataFolder(data))) {
            app.store().settings().put(PlanReport.AUTHOR_SETTING, "Counselor Kim");
        }
        Path out = dir.resolve("okafor.pdf");

        Result result = run("--data-dir", data.toString(), "export", "PDF", "--profile", "daniel okafor",
                "--goal", "clinical role as phlebotomist or medical assistant", "--out", out.toString(),
                "--paper", "letter");

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        assertThat(result.out).contains("Wrote the report of Daniel Okafor (1 goal)");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(new PDFTextStripper().getText(doc)).contains("Daniel Okafor", "Prepared by Counselor Kim",
                    "Clinical role as phlebotomist or medical assistant");
        }
    }

    @Test
    void theNameTypedOnTheReportsScreenWithoutAnExportIsOnTheCoverOfExportPdf() throws Exception {
        Path data = dir.resolve("data");
        try (AppServices app = AppServices.open(new DataFolder(data))) {
            AppState state = new AppState(app.store(), TaskRunner.DIRECT);
            new ReportsViewModel(state, new ChocoPlanSolver(), Runnable::run, path -> { }, LocalDate::now)
                    .authorProperty().set("Ana Ruiz ");
        }
        Path out = dir.resolve("maya.pdf");

        Result result = run("--data-dir", data.toString(), "export", "pdf", "--profile", "Maya Lindqvist",
                "--out", out.toString());

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Prepared by Ana Ruiz")
                    .doesNotContain("Prepared with Upskill Planner");
        }
    }

    @Test
    void langDeWritesTheReportInGerman() throws Exception {
        Path out = dir.resolve("okafor-de.pdf");

        Result result = run("--data-dir", dir.resolve("data").toString(), "export", "pdf", "--profile",
                "Daniel Okafor", "--out", out.toString(), "--lang", "de");

        assertThat(result.code).as(result.err).isEqualTo(ExitCode.OK);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Daniel Okafor", "Inhalt", "Zusammenfassung", "Erstellt mit Upskill Planner")
                    .doesNotContain("Contents", "Prepared with Upskill Planner");
        }
    }

    @Test
    void anUnknownLanguageOrALanguageForAnotherFormatIsBadUsage() {
        String data = dir.resolve("data").toString();
        Result unknown = run("--data-dir", data, "export", "pdf", "--profile", "Maya Lindqvist", "--out",
                dir.resolve("x.pdf").toString(), "--lang", "fr");
        Result forJson = run("--data-dir", data, "export", "json", "--profile", "Maya Lindqvist", "--out",
                dir.resolve("x.json").toString(), "--lang", "de");

        assertThat(unknown.code).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err).contains("--lang 'fr': use en or de");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(forJson.code).isEqualTo(ExitCode.USAGE);
        assertThat(forJson.err).contains("--lang applies to pdf only");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void anUnknownProfileOrGoalIsRejectedWithExitCode3AndNoFile() {
        Path out = dir.resolve("plan.pdf");

        Result profile = run("--data-dir", dir.resolve("data").toString(), "export", "pdf", "--profile", "Nobody",
                "--out", out.toString());
        Result goal = run("--data-dir", dir.resolve("data").toString(), "export", "pdf", "--profile", "Maya Lindqvist",
                "--goal", "Astronaut", "--out", out.toString());

        assertThat(profile.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(profile.err).contains("no profile is named 'Nobody'", "Maya Lindqvist");
        assertThat(goal.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(goal.err).contains("no goal titled 'Astronaut'", "Cloud support engineer by September");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritablePathIsRejectedWithExitCode3AndAClearMessage() throws Exception {
        String data = dir.resolve("data").toString();
        Path folder = dir.resolve("reports");
        Files.createDirectories(folder);

        Result missingFolder = run("--data-dir", data, "export", "pdf", "--profile", "Maya Lindqvist",
                "--out", dir.resolve("no/such/folder/plan.pdf").toString());
        Result isAFolder = run("--data-dir", data, "export", "pdf", "--profile", "Maya Lindqvist",
                "--out", folder.toString());

        assertThat(missingFolder.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(missingFolder.err).contains("cannot write the report there", "does not exist");
        assertThat(isAFolder.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(isAFolder.err).contains("is a folder");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderNobodyCanWriteInIsRejected() {
        // Root may write anywhere on disk, so a pseudo file system stands in for a read-only folder.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        Result result = run("--data-dir", dir.resolve("data").toString(), "export", "pdf", "--profile",
                "Maya Lindqvist", "--out", "/proc/plan.pdf");

        assertThat(result.code).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(result.err).contains("/proc/plan.pdf", "cannot write the report there");
    }

    @Test
    void anUnknownFormatOrPaperIsBadUsage() {
        String data = dir.resolve("data").toString();
        Result paperForCsv = run("--data-dir", data, "export", "csv", "--profile", "Maya Lindqvist", "--goal",
                "Cloud support engineer by September", "--out", dir.resolve("x.csv").toString(), "--paper", "a4");
        assertThat(paperForCsv.code).isEqualTo(ExitCode.USAGE);
        assertThat(paperForCsv.err).contains("--paper applies to pdf only");

        Result format = run("--data-dir", data, "export", "docx", "--profile", "Maya Lindqvist", "--out", "x.docx");
        Result paper = run("--data-dir", data, "export", "pdf", "--profile", "Maya Lindqvist", "--out",
                dir.resolve("x.pdf").toString(), "--paper", "a3");

        assertThat(format.code).isEqualTo(ExitCode.USAGE);
        assertThat(format.err).contains("'docx' is not an export format");
        assertThat(paper.code).isEqualTo(ExitCode.USAGE);
        assertThat(paper.err).contains("--paper 'a3'");
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
