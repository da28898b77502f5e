package io.upskillplanner.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportFixtures;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.common.ScriptedDialogs;
import io.upskillplanner.ui.common.TaskRunner;
import io.upskillplanner.ui.main.AppState;
import io.upskillplanner.ui.settings.Appearance;
import io.upskillplanner.ui.settings.SettingsContext;
import io.upskillplanner.ui.settings.SettingsViewModel;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports screen's logic on a real database, with work run at once on the test thread. */
class ReportsViewModelTest {

    @TempDir
    Path dir;

    private AppServices app;
    private AppState state;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        state = new AppState(app.store(), TaskRunner.DIRECT);
        state.profiles().setAll(app.store().profiles().list());
        state.currentProfileProperty().set(app.store().profiles().findByName("Daniel Okafor").orElseThrow());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ReportsViewModel viewModel() {
        return new ReportsViewModel(state, new ChocoPlanSolver(), Runnable::run, opened::add,
                () -> ReportFixtures.TODAY);
    }

    @Test
    void startsOnTheCurrentProfileWithAllItsGoalsAndSectionsChosen() {
        ReportsViewModel model = viewModel();

        assertThat(model.profileProperty().get().name()).isEqualTo("Daniel Okafor");
        assertThat(model.goals()).extracting(c -> c.goal().title())
                .containsExactly("Clinical role as phlebotomist or medical assistant");
        assertThat(model.goals()).allMatch(GoalChoice::isSelected);
        for (ReportSection section : ReportSection.values()) {
            assertThat(model.sectionProperty(section).get()).isTrue();
        }
        assertThat(model.canExportProperty().get()).isTrue();
        assertThat(model.suggestedFileName()).isEqualTo("Daniel Okafor - plan 2026-11-02.pdf");
    }

    @Test
    void followsTheProfileSwitcherAndLoadsThatProfilesGoals() {
        ReportsViewModel model = viewModel();
        Profile many = ReportFixtures.profileWithGoals(app.store(), "Amira Haddad", 3, 2);

        state.currentProfileProperty().set(many);

        assertThat(model.profileProperty().get()).isEqualTo(many);
        assertThat(model.goals()).hasSize(3);
    }

    @Test
    void exportWritesTheChosenGoalsAndSectionsAndRemembersTheAuthorAndPaper() throws Exception {
        Profile many = ReportFixtures.profileWithGoals(app.store(), "Amira Haddad", 2, 2);
        ReportsViewModel model = viewModel();
        model.profileProperty().set(many);
        model.goals().get(0).selectedProperty().set(false);
        model.sectionProperty(ReportSection.SESSION_NOTES).set(false);
        model.authorProperty().set("Counselor Kim");
        model.paperProperty().set(PaperSize.LETTER);
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));
        Path out = dir.resolve("amira.pdf");

        model.export(out);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.lastReportProperty().get()).isEqualTo(out);
        assertThat(model.statusProperty().get()).contains("Saved to", out.toString());
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Prepared by Counselor Kim", model.goals().get(1).goal().title())
                    .doesNotContain(model.goals().get(0).goal().title(), "Session notes");
        }
        assertThat(app.store().settings().get(PlanReport.AUTHOR_SETTING)).contains("Counselor Kim");
        ReportsViewModel next = viewModel();
        assertThat(next.authorProperty().get()).isEqualTo("Counselor Kim");
        assertThat(next.paperProperty().get()).isEqualTo(PaperSize.LETTER);

        model.openLastReport();
        assertThat(opened).containsExactly(out);
    }

    @Test
    void thePreparedByNameIsSavedAsTypedAndShownAfterARestartAndInSettings() {
        viewModel().authorProperty().set("Counselor Kim");

        AppState restarted = new AppState(app.store(), TaskRunner.DIRECT);
        assertThat(new ReportsViewModel(restarted, new ChocoPlanSolver(), Runnable::run, opened::add,
                () -> ReportFixtures.TODAY).authorProperty().get()).isEqualTo("Counselor Kim");
        SettingsViewModel settings = new SettingsViewModel(app.store(), TaskRunner.DIRECT,
                new SettingsContext(dir, new SimpleObjectProperty<>(Appearance.read(dir)), path -> { }));
        settings.load();
        assertThat(settings.counselorNameProperty().get()).isEqualTo("Counselor Kim");
    }

    @Test
    void aNameSavedInSettingsIsTheOneTheReportsScreenShows() {
        ReportsViewModel model = viewModel();
        SettingsViewModel settings = new SettingsViewModel(app.store(), TaskRunner.DIRECT,
                new SettingsContext(dir, new SimpleObjectProperty<>(Appearance.read(dir)), path -> { }));
        // As the main window wires the two screens.
        settings.counselorNameProperty().bindBidirectional(state.preparedBy().nameProperty());
        settings.load();

        settings.counselorNameProperty().set("Jordan Lee");
        settings.save();

        assertThat(model.authorProperty().get()).isEqualTo("Jordan Lee");
        assertThat(app.store().settings().get(PlanReport.AUTHOR_SETTING)).contains("Jordan Lee");
    }

    @Test
    void cancellingStopsTheExportAndWritesNothing() throws Exception {
        ReportsViewModel model = viewModel();
        model.progressProperty().addListener((obs, old, value) -> model.cancel());
        Path out = dir.resolve("cancelled.pdf");

        model.export(out);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled; no file was written.");
        assertThat(model.lastReportProperty().get()).isNull();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
        model.openLastReport();
        assertThat(opened).isEmpty();
    }

    @Test
    void nothingToExportWhenEveryGoalIsUnticked() {
        ReportsViewModel model = viewModel();

        model.goals().forEach(choice -> choice.selectedProperty().set(false));

        assertThat(model.canExportProperty().get()).isFalse();
    }

    @Test
    void anUnwritableTargetEndsInAMessageNotAFile() {
        ReportsViewModel model = viewModel();

        model.export(dir.resolve("missing/plan.pdf"));

        assertThat(model.statusProperty().get()).startsWith("Not saved:").contains("does not exist");
        assertThat(model.lastReportProperty().get()).isNull();
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void previewShowsEveryPageOfTheReportTheExportWritesAndIsUpToDate() throws Exception {
        ReportsViewModel model = viewModel();
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.NONE);
        assertThat(model.previewStatusProperty().get()).startsWith("No preview yet");
        assertThat(model.pageIndicatorProperty().get()).isEmpty();
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));

        model.preview();
        List<Double> previewProgress = List.copyOf(progress);

        Path exported = dir.resolve("exported.pdf");
        model.export(exported);
        int pageCount;
        try (PDDocument doc = Loader.loadPDF(exported.toFile())) {
            pageCount = doc.getNumberOfPages();
        }
        assertThat(model.previewPages()).hasSize(pageCount);
        assertThat(model.previewPages()).allSatisfy(page -> assertThat(page.getHeight() / page.getWidth())
                .isCloseTo(297.0 / 210.0, Offset.offset(0.01)));
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.CURRENT);
        assertThat(model.previewStatusProperty().get()).startsWith("Up to date");
        assertThat(model.previewingProperty().get()).isFalse();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(previewProgress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(model.pageIndicatorProperty().get()).isEqualTo("Page 1 of " + pageCount);
        model.visiblePageProperty().set(2);
        assertThat(model.pageIndicatorProperty().get()).isEqualTo("Page 2 of " + pageCount);
        assertThat(model.pageDescription(1)).isEqualTo("Report page 2 of " + pageCount);
    }

    @Test
    void aChangedChoiceMarksThePreviewOutOfDateWithoutDrawingItAgain() {
        ReportsViewModel model = viewModel();
        model.paperProperty().set(PaperSize.A4);
        model.preview();
        List<Image> drawn = List.copyOf(model.previewPages());

        model.paperProperty().set(PaperSize.LETTER);

        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.STALE);
        assertThat(model.previewStatusProperty().get()).startsWith("Out of date");
        assertThat(model.previewPages()).containsExactlyElementsOf(drawn);

        model.paperProperty().set(PaperSize.A4);
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.CURRENT);

        model.authorProperty().set("Counselor Kim");
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.STALE);
        model.authorProperty().set("");
        model.sectionProperty(ReportSection.CHARTS).set(false);
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.STALE);
        model.sectionProperty(ReportSection.CHARTS).set(true);
        model.goals().get(0).selectedProperty().set(false);
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.STALE);
        assertThat(model.canPreviewProperty().get()).isFalse();
        model.goals().get(0).selectedProperty().set(true);
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.CURRENT);

        model.paperProperty().set(PaperSize.LETTER);
        model.preview();
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.CURRENT);
        assertThat(model.previewPages()).allSatisfy(page -> assertThat(page.getHeight() / page.getWidth())
                .isCloseTo(11.0 / 8.5, Offset.offset(0.01)));
    }

    @Test
    void cancellingAPreviewKeepsTheEarlierPagesAndTheirState() {
        ReportsViewModel model = viewModel();
        model.preview();
        List<Image> drawn = List.copyOf(model.previewPages());
        model.sectionProperty(ReportSection.SOURCES).set(false);
        model.progressProperty().addListener((obs, old, value) -> model.cancel());

        model.preview();

        assertThat(model.previewPages()).containsExactlyElementsOf(drawn);
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.STALE);
        assertThat(model.previewStatusProperty().get()).startsWith("Preview cancelled. Out of date");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.previewingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void cancellingTheFirstPreviewLeavesNoPreview() {
        ReportsViewModel model = viewModel();
        model.progressProperty().addListener((obs, old, value) -> model.cancel());

        model.preview();

        assertThat(model.previewPages()).isEmpty();
        assertThat(model.previewStateProperty().get()).isEqualTo(PreviewState.NONE);
        assertThat(model.previewStatusProperty().get()).startsWith("Preview cancelled. No preview yet");
    }

    @Test
    void aGoalDeletedSinceTheScreenLoadedEndsInAMessageAndKeepsThePagesShown() {
        ReportsViewModel model = viewModel();
        model.preview();
        List<Image> drawn = List.copyOf(model.previewPages());
        app.store().goals().delete(model.goals().get(0).goal().id());

        model.preview();

        assertThat(model.previewStatusProperty().get()).startsWith("No preview:")
                .contains("is not a goal of the profile 'Daniel Okafor'");
        assertThat(model.previewPages()).containsExactlyElementsOf(drawn);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.canPreviewProperty().get()).isTrue();
    }

    @Test
    void theSaveChooserAddsPdfAndOpensNextTimeWhereTheLastReportWent() throws Exception {
        ReportsViewModel model = viewModel();
        Path folder = Files.createDirectories(dir.resolve("reports for Amira"));
        ScriptedDialogs dialogs = new ScriptedDialogs().saveAs(folder.resolve("first plan")).saveAs(null);

        model.chooseAndExport(dialogs);
        model.chooseAndExport(dialogs);

        assertThat(model.lastReportProperty().get()).isEqualTo(folder.resolve("first plan.pdf"));
        assertThat(folder.resolve("first plan.pdf")).isNotEmptyFile();
        assertThat(dialogs.saveFolders()).hasSize(2);
        assertThat(dialogs.saveFolders().get(1)).contains(folder);
        assertThat(Files.list(folder).count()).as("a cancelled chooser writes nothing").isEqualTo(1);
    }
}
