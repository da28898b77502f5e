package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.PlanEvaluation;
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

/** The report in German: its own words, the decision logic's sentences, and German money, numbers and dates. */
class GermanReportTest {

    private static final ReportFormats GERMAN = ReportFormats.of(Locale.GERMAN);

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
    void headingsAndSentencesAreGermanAndNoneEnglish() throws Exception {
        Profile profile = demoClient();
        Path pdf = export(profile, germanReport("Beraterin Kim"));

        String text = readable(PdfChecks.text(pdf));
        assertThat(text).contains("Inhalt", "Zusammenfassung", "Ziele im Überblick", "Kandidaten",
                "Aufschlüsselung der Bewertung", "Kosten, Zeit und Anerkennung", "Zeitplan", "Kompetenzlücke",
                "Rendite", "Sitzungsnotizen", "Quellen und Prüfung", "Was Microcredentials leisten können",
                "Erstellt von Beraterin Kim", "Datum: 02.11.2026", "Seite 2 von ",
                // The decision logic's explanations and the criteria in the breakdown.
                "Anerkennung in ", "Zielkompetenzen ab", "Kostenpassung", "Zeitpassung", "Kostet ",
                // ß and umlauts come through the embedded fonts as text, not as "?".
                "Dunkler heißt besser anerkannt", "Prüfen Sie");
        assertThat(text).doesNotContain("Contents", "Summary", "Goals at a glance", "Score breakdown", "Skill gap",
                "Return on investment", "Session notes", "Sources and verification", "Prepared by",
                "The plan finishes on", "Covers ", "Recognition in ", "Costs ", "Page 2 of");
    }

    @Test
    void moneyAndDatesAreInGermanFormat() throws Exception {
        Profile profile = demoClient();
        Path pdf = export(profile, germanReport(""));

        String text = readable(PdfChecks.text(pdf));
        for (Goal goal : store.goals().listForProfile(profile.id())) {
            PlanEvaluation evaluation = store.plans().load(goal.id()).evaluate(ReportFixtures.TODAY);
            assertThat(text).contains(readable(GERMAN.money(evaluation.totals().totalCost()) + " von "
                    + GERMAN.money(evaluation.totals().budget())));
            if (!evaluation.schedule().entries().isEmpty()) {
                assertThat(text).contains("Der Plan endet am " + GERMAN.date(evaluation.totals().finish()));
            }
            evaluation.byRank().forEach(c -> assertThat(text).contains(GERMAN.score(c.score().points())));
        }
        // German amounts put the currency after the number and group thousands with a dot.
        assertThat(text).containsPattern("\\d{1,3}(\\.\\d{3})+(,\\d{2})? [$€£]").doesNotContainPattern("[$€£]\\d");
        assertThat(text).containsPattern("\\b\\d{2}\\.\\d{2}\\.20\\d{2}\\b")
                .doesNotContainPattern("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\\d{2}\\b");
    }

    @Test
    void bookmarksAndMetadataAreGerman() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, "Lena Brandt", 2, 3);
        Path pdf = export(profile, germanReport(""));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            List<String> goals = store.goals().listForProfile(profile.id()).stream().map(Goal::title).toList();
            assertThat(top).containsExactly("Zusammenfassung", "Ziel 1: " + goals.get(0), "Ziel 2: " + goals.get(1),
                    "Sitzungsnotizen", "Quellen und Prüfung", "Was Microcredentials leisten können und was nicht");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Weiterbildungsplan: Lena Brandt");
            assertThat(doc.getDocumentInformation().getSubject()).contains("mit 2 Zielen", "02.11.2026");
        }
    }

    @Test
    void germanReportIsValidPdfA2b() throws Exception {
        Profile profile = ReportFixtures.profileWithGoals(store, ReportFixtures.UNICODE_NAME, 2, 6);
        Path pdf = export(profile, ReportOptions.everything("Jürgen Weiß", ReportFixtures.TODAY)
                .withLanguage(Locale.GERMAN));

        assertThat(PdfChecks.text(pdf)).contains("Erstellt von Jürgen Weiß", "€");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void aRegionalOrUnsupportedLanguageChoosesTheMatchingReportLanguage() {
        assertThat(germanReport("").withLanguage(Locale.forLanguageTag("de-AT")).language()).isEqualTo(Locale.GERMAN);
        assertThat(germanReport("").withLanguage(Locale.FRENCH).language()).isEqualTo(Locale.ENGLISH);
        assertThat(ReportOptions.language("de_CH")).isEqualTo(Locale.GERMAN);
        assertThat(ReportOptions.everything("", ReportFixtures.TODAY).language()).isEqualTo(Locale.ENGLISH);
    }

    private ReportOptions germanReport(String author) {
        return ReportOptions.everything(author, ReportFixtures.TODAY).withLanguage(Locale.GERMAN);
    }

    private Path export(Profile profile, ReportOptions options) throws Exception {
        Path out = dir.resolve("plan-" + System.nanoTime() + ".pdf");
        PlanReport.export(store, new ChocoPlanSolver(), profile.id(), options, out, ReportMonitor.NONE);
        return out;
    }

    private Profile demoClient() {
        return store.profiles().findByName("Daniel Okafor").orElseThrow();
    }

    /** Line breaks and the no-break spaces of German amounts ("1.500 €") read as plain spaces. */
    private static String readable(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
