package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.decide.CriterionScore;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.compare.CompareRow;
import io.upskillplanner.ui.help.WelcomeViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens Compare in the real app on the demo data: charts per candidate, live weights, light and dark. */
class CompareFxTest extends FxTestBase {

    @TempDir
    Path dir;

    private DesktopApp app;
    private Runnable restoreSize = () -> { };

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        DataFolder folder = new DataFolder(dir);
        // The welcome would cover the window this test drives.
        WelcomeViewModel.rememberChoice(folder.root(), false);
        DesktopApp.prepare(folder, AppServices.lock(folder));
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#profileTable").tryQuery().isPresent()
                && !lookup("#profileTable").<Profile>queryTableView().getItems().isEmpty());
        clickOn("Compare");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#compareTable").tryQuery().isPresent()
                && rows().size() >= 2);
    }

    @AfterEach
    void stopApp() throws Exception {
        WaitForAsyncUtils.asyncFx(restoreSize).get(5, TimeUnit.SECONDS);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
                new PrimerLight().getUserAgentStylesheet())).get(5, TimeUnit.SECONDS);
    }

    @Test
    void showsThreeChartsWithOneBarPerCandidateAndReRanksWhenAWeightMoves() throws Exception {
        int candidates = rows().size();
        StackedBarChart<Number, String> cost = lookup("#costChart").query();
        StackedBarChart<Number, String> time = lookup("#timeChart").query();
        XYChart<Number, String> recognition = lookup("#recognitionChart").query();
        assertThat(((CategoryAxis) cost.getYAxis()).getCategories()).hasSize(candidates);
        assertThat(cost.getData()).hasSize(4).allSatisfy(part -> assertThat(part.getData()).hasSize(candidates));
        assertThat(((CategoryAxis) time.getYAxis()).getCategories()).hasSize(candidates);
        assertThat(time.getData().get(1).getData()).hasSize(candidates);
        assertThat(recognition.getData()).hasSize(candidates);
        assertThat(cost.getAccessibleText()).contains(rows().get(0).credential().title());
        assertThat(recognition.getAccessibleText()).contains("Healthcare");
        List<String> before = rankedTitles();

        Slider skillCoverage = lookup("#weight-SKILL_COVERAGE").query();
        clickOn(skillCoverage).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(skillCoverage.getValue()).isZero();
        assertThat(rankedTitles()).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(before);
        assertThat(rows()).extracting(r -> r.evaluation().score().breakdown().get(1).weight()).containsOnly(0.0);

        clickOn(from(lookup("#compareTable").<Node>query()).lookup(".score-link")
                .match((Hyperlink link) -> link.isVisible() && link.getText().equals(scoreOf(rows().get(0))))
                .<Hyperlink>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#breakdownTitle").<Label>query().getText()).contains(rows().get(0).credential().title());
        assertThat(lookup("#breakdownPane").query().isVisible()).isTrue();
        TableView<CriterionScore> breakdown = lookup("#breakdownTable").queryTableView();
        assertThat(breakdown.getItems()).hasSize(8);
    }

    @Test
    void weightSlidersAreWideMoveInHalfStepsAndTakeATypedValue() throws Exception {
        Slider slider = lookup("#weight-SKILL_COVERAGE").query();
        Spinner<Double> value = lookup("#weightValue-SKILL_COVERAGE").query();
        double em = lookup("#resetWeights").<Labeled>query().getFont().getSize();
        assertThat(slider.getWidth()).as("slider width").isGreaterThanOrEqualTo(7.5 * em);

        interact(() -> slider.adjustValue(4.3));
        assertThat(slider.getValue()).isEqualTo(4.5);
        assertThat(value.getValue()).isEqualTo(4.5);

        interact(() -> value.getEditor().clear());
        clickOn(value.getEditor()).write("2.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slider.getValue()).isEqualTo(2.5);
        assertThat(rows()).extracting(r -> r.evaluation().score().breakdown().get(1).weight()).containsOnly(2.5);

        interact(() -> value.getEditor().clear());
        clickOn(value.getEditor()).write("1.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slider.getValue()).as("a typed 1.2 snaps to the nearest half step").isEqualTo(1.0);
    }

    @Test
    void looksRightInTheLightAndTheDarkTheme() throws Exception {
        Stage stage = (Stage) window(w -> w instanceof Stage s && "Upskill Planner".equals(s.getTitle()));
        // The primary stage outlives this test: put its size back so later tests click where they expect.
        double width = stage.getWidth();
        double height = stage.getHeight();
        restoreSize = () -> {
            stage.setWidth(width);
            stage.setHeight(height);
        };
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1440);
            stage.setHeight(1380);
            ComboBox<Credential> reference = lookup("#referencePicker").query();
            reference.getSelectionModel().select(0);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows().stream().anyMatch(CompareRow::reference));
        TableView<CompareRow> table = lookup("#compareTable").queryTableView();
        interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        assertThat(lookup("#breakdownTitle").<Label>query().getText()).contains(rows().get(0).credential().title());
        snapshot(stage, "compare-light");
        snapshotContent("compare-full-light");
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(
                new PrimerDark().getUserAgentStylesheet())).get(5, TimeUnit.SECONDS);
        snapshot(stage, "compare-dark");
        snapshotContent("compare-full-dark");
        Node chart = lookup("#recognitionChart").query();
        assertThat(chart.isVisible()).isTrue();

        // A selected reference row shows the selection like any other row.
        int referenceIndex = rows().indexOf(rows().stream().filter(CompareRow::reference).findFirst().orElseThrow());
        interact(() -> table.getSelectionModel().select(0));
        Paint ordinary = selectedRowFill(table);
        interact(() -> table.getSelectionModel().select(referenceIndex));
        assertThat(selectedRowFill(table)).isEqualTo(ordinary);
    }

    /** The innermost background fill of the selected row, as drawn. */
    private Paint selectedRowFill(TableView<CompareRow> table) {
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.isSelected() && !r.isEmpty()).query();
        List<BackgroundFill> fills = row.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    private List<CompareRow> rows() {
        return lookup("#compareTable").<CompareRow>queryTableView().getItems();
    }

    private static String scoreOf(CompareRow row) {
        return Formats.score(row.evaluation().score().points());
    }

    private List<String> rankedTitles() {
        return rows().stream().filter(r -> !r.reference()).map(r -> r.credential().title()).toList();
    }

    /** The whole scrollable screen, including what is below the window's edge. */
    private void snapshotContent(String name) throws Exception {
        ScrollPane screen = lookup(".compare-screen").query();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> screen.getContent().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        write(image, name);
    }

    /** Keeps a picture under target/screenshots, for people to look at. */
    private void snapshot(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        write(image, name);
    }

    private static void write(WritableImage image, String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
    }
}
