package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Store;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReportTest {

    private static final ReportFormats ENGLISH = ReportFormats.of(Locale.ENGLISH);

    @TempDir
    Path dir;

    private AppServices app;
    private Store store;

    @BeforeEach
    void open() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        store = app.store();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path export(Profile profile, ReportOptions options) throws IOException {
        Path out = dir.resolve("plan-" + System.nanoTime() + ".pdf");
        PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
        return out;
    }

    private Profile demoClient() {
        return store.profiles().findByName("Daniel Okafor").orElseThrow();
    }

    @Test
    void reportNamesTheProfileEveryGoalAndEveryChosenCredential() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Amira Haddad", 3, 5);
        Path pdf = export(profile, ReportOptions.everything("Counselor Kim", ReportFixtures.TODAY));

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Amira Haddad", "Prepared by Counselor Kim", "Contents", "Summary",
                "Sources and verification", "What micro-credentials can and cannot do", "Session notes");
        for (Goal goal : store.goals().listForProfile(profile.id())) {
            assertThat(text).contains(goal.title());
        }
        assertThat(ReportFixtures.chosenTitles(store, profile)).hasSize(9)
                .allSatisfy(title -> assertThat(text).contains(title));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // cover, contents, summary, three goal chapters of two or more pages, notes, sources
            assertThat(doc.getNumberOfPages()).isBetween(10, 30);
            assertThat(text).contains("Page 2 of " + doc.getNumberOfPages(),
                    "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Upskill plan: Amira Haddad");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Counselor Kim");
            assertThat(doc.getDocumentInformation().getSubject()).contains("3 goals");
        }
    }

    @Test
    void totalsInTheReportAreThoseOfThePlanEvaluation() throws Exception {
        Profile profile = demoClient();
        Path pdf = export(profile, ReportOptions.everything("", ReportFixtures.TODAY));

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        for (Goal goal : store.goals().listForProfile(profile.id())) {
            PlanEvaluation evaluation = store.plans().load(goal.id()).evaluate(ReportFixtures.TODAY);
            assertThat(text).contains(ENGLISH.money(evaluation.totals().totalCost()) + " of "
                    + ENGLISH.money(evaluation.totals().budget()));
            assertThat(text).contains("The plan finishes on " + ENGLISH.date(evaluation.totals().finish()));
            evaluation.byRank().forEach(c -> assertThat(text).contains(ENGLISH.number(c.score().points())));
        }
    }

    @Test
    void everyGoalHasABookmarkWithItsSectionsBelowIt() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Lena Brandt", 2, 4);
        Path pdf = export(profile, ReportOptions.everything("", ReportFixtures.TODAY));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().startsWith("Goal ")) {
                    List<String> children = new ArrayList<>();
                    item.children().forEach(child -> children.add(child.getTitle()));
                    assertThat(children).containsExactly("Candidates", "Score breakdown", "Cost, time and recognition",
                            "Schedule", "Skill gap", "Your plan and the recommended plan", "Return on investment",
                            "Notes");
                    assertThat(item.findDestinationPage(doc)).isNotNull();
                }
            }
            List<String> goalTitles = store.goals().listForProfile(profile.id()).stream().map(Goal::title).toList();
            assertThat(top).containsExactly("Summary", "Goal 1: " + goalTitles.get(0), "Goal 2: " + goalTitles.get(1),
                    "Session notes", "Sources and verification", "What micro-credentials can and cannot do");
        }
    }

    @Test
    void usesOnlyEmbeddedFontsAndNoImages() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, ReportFixtures.UNICODE_NAME, 2, 6);
        Path pdf = export(profile, ReportOptions.everything("Jürgen Ødegård", ReportFixtures.TODAY));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<String> fontNames = new java.util.TreeSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fontNames.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
                // Charts are vector paths: no page draws any image or form XObject at all.
                assertThat(resources.getXObjectNames()).isEmpty();
            }
            assertThat(fontNames).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback");
        }
    }

    @Test
    void isValidPdfA2b() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, ReportFixtures.UNICODE_NAME, 2, 6);
        Path pdf = export(profile, ReportOptions.everything("Jürgen Ødegård", ReportFixtures.TODAY));

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void demoProfilesOnLetterPaperAreValidPdfA2bToo() throws Exception {
        for (Profile profile : store.profiles().list()) {
            Path pdf = export(profile, ReportOptions.everything("", ReportFixtures.TODAY).withPaper(PaperSize.LETTER));

            assertThat(PdfChecks.pdfA2bFailures(pdf)).as(profile.name()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertThat(box.getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
                assertThat(box.getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
            }
        }
    }

    @Test
    void accentedAndChineseNamesAreExtractedExactly() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, ReportFixtures.UNICODE_NAME, 1, 3);
        Path pdf = export(profile, ReportOptions.everything("Jürgen Ødegård", ReportFixtures.TODAY));

        String text = PdfChecks.text(pdf);
        assertThat(text).contains(ReportFixtures.UNICODE_NAME, "Upskill plan · " + ReportFixtures.UNICODE_NAME,
                "Prepared by Jürgen Ødegård");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Upskill plan: " + ReportFixtures.UNICODE_NAME);
        }
    }

    @Test
    void leftOutSectionsAndGoalsAreNotInTheReport() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Omar Farouk", 2, 3);
        List<Goal> goals = store.goals().listForProfile(profile.id());
        ReportOptions options = new ReportOptions(List.of(goals.get(1).id()),
                EnumSet.of(ReportSection.SUMMARY, ReportSection.CANDIDATES), PaperSize.A4, "", ReportFixtures.TODAY);

        String text = PdfChecks.text(export(profile, options));

        assertThat(text).contains(goals.get(1).title(), "Candidates").doesNotContain(goals.get(0).title(),
                "Session notes", "Sources and verification", "Score breakdown", "Skill gap");
    }

    @Test
    void aGoalOfAnotherProfileIsRejected() {
        Profile profile = ReportFixtures.profileWithGoals(store, "Omar Farouk", 1, 1);
        Goal other = store.goals().listForProfile(demoClient().id()).get(0);
        ReportOptions options = ReportOptions.everything("", ReportFixtures.TODAY).withGoals(List.of(other.id()));

        assertThatThrownBy(() -> export(profile, options)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("is not a goal of the profile 'Omar Farouk'");
    }

    @Test
    void aProfileWithoutGoalsStillMakesAValidReport() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Nobody Yet", 0, 0);
        Path pdf = export(profile, ReportOptions.everything("", ReportFixtures.TODAY));

        assertThat(PdfChecks.text(pdf)).contains("This report covers no goals", "No credentials are part of this report");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Omar Farouk", 3, 3);
        Path out = dir.resolve("cancelled.pdf");
        AtomicInteger steps = new AtomicInteger();
        ReportMonitor cancelAfterFirstStep = new ReportMonitor() {
            @Override
            public void progress(double done) {
                steps.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return steps.get() >= 2;
            }
        };

        assertThatThrownBy(() -> PlanReport.export(store, new ChocoPlanSolver(), profile.id(),
                ReportOptions.everything("", ReportFixtures.TODAY), out, cancelAfterFirstStep))
                .isInstanceOf(ReportCancelledException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }

    @Test
    void aFailedExportKeepsTheFileThatWasThere() throws Exception {
        Path out = dir.resolve("plan.pdf");
        Files.writeString(out, "the previous report");

        assertThatThrownBy(() -> ReportFiles.writeAtomically(out, stream -> {
            stream.write("half a rep".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);

        assertThat(Files.readString(out)).isEqualTo("the previous report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "plan.pdf");
        }
    }

    @Test
    void unwritablePlacesAreRejectedBeforeAnyWork() throws Exception {
        Profile profile = demoClient();
        ReportOptions options = ReportOptions.everything("", ReportFixtures.TODAY);

        assertThatThrownBy(() -> PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options,
                dir.resolve("missing/plan.pdf"), ReportMonitor.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, dir,
                ReportMonitor.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("is a folder");
    }
}
