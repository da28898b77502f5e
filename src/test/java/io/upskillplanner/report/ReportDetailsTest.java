package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Store;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a counselor notices in front of a client: empty pages, untranslated vocabulary, mixed formats. */
class ReportDetailsTest {

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

    @Test
    void aProfileWithoutSessionNotesGetsNoSessionNotesPageNorContentsLine() throws Exception {
        Profile individual = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        assertThat(store.profiles().sessionNotes(individual.id())).isEmpty();

        Path pdf = export(individual, ReportOptions.everything("", ReportFixtures.TODAY));

        assertThat(PdfChecks.text(pdf)).doesNotContain("Session notes", "No session notes");
        assertThat(bookmarks(pdf)).doesNotContain("Session notes").contains("Summary", "Sources and verification");
    }

    @Test
    void aProfileWithSessionNotesKeepsItsSessionNotesPage() throws Exception {
        Profile client = store.profiles().findByName("Daniel Okafor").orElseThrow();

        Path pdf = export(client, ReportOptions.everything("", ReportFixtures.TODAY));

        assertThat(bookmarks(pdf)).contains("Session notes");
    }

    @Test
    void theEnglishReportWritesEveryDateMoneyAndScoreOneWay() throws Exception {
        Profile client = store.profiles().findByName("Daniel Okafor").orElseThrow();
        ReportFormats english = ReportFormats.of(Locale.ENGLISH);

        String text = readable(PdfChecks.text(export(client, ReportOptions.everything("", ReportFixtures.TODAY))));

        assertThat(text).contains("Nov 2, 2026").doesNotContainPattern("\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b");
        // "€161" beside "€119.60": every amount has its cents.
        assertThat(text).containsPattern("[€$£]\\d[\\d,]*\\.\\d{2}").doesNotContainPattern("[€$£]\\d[\\d,]*(?![\\d,]|\\.\\d)");
        for (Goal goal : store.goals().listForProfile(client.id())) {
            store.plans().load(goal.id()).evaluate(ReportFixtures.TODAY).byRank()
                    .forEach(c -> assertThat(text).contains(english.score(c.score().points())));
        }
    }

    @Test
    void theGermanReportNamesStandardIndustriesInGermanAndTypedOnesAsTyped() throws Exception {
        Profile individual = store.profiles().findByName("Maya Lindqvist").orElseThrow();
        Profile i = individual;
        Profile typed = store.profiles().save(new Profile(i.id(), i.name(), i.kind(), i.currentRole(),
                "Maritime robotics", i.weeklyHours(), i.budget(), i.salaryNow(), i.notes(), i.sampleData(),
                i.createdAt(), i.updatedAt(), i.version()));

        String text = readable(PdfChecks.text(export(typed, ReportOptions.everything("", ReportFixtures.TODAY)
                .withLanguage(Locale.GERMAN))));

        assertThat(text).contains("Anerkennung in Technologie", "Zielbranche Technologie", "Gesundheitswesen",
                "Maritime robotics");
        assertThat(text).doesNotContain("Anerkennung in Technology", "Zielbranche Technology", "Healthcare",
                "Logistics & Supply Chain");
    }

    private Path export(Profile profile, ReportOptions options) throws Exception {
        Path out = dir.resolve("plan-" + System.nanoTime() + ".pdf");
        PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
        return out;
    }

    private static List<String> bookmarks(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            return top;
        }
    }

    /** Line breaks and the no-break spaces of German amounts ("1.500 €") read as plain spaces. */
    static String readable(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
}
