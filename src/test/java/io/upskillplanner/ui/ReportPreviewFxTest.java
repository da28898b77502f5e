package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.PaperSize;
import io.upskillplanner.report.PlanReport;
import io.upskillplanner.report.ReportMonitor;
import io.upskillplanner.report.ReportOptions;
import io.upskillplanner.report.ReportSection;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.ui.settings.Theme;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports screen's preview in the real app, in the light and the dark theme: opened with F5
 * (light) or a click (dark), it shows as many pages as the exported PDF has. Snapshots of the
 * screen land in target/screenshots/report-preview-<theme>.png.
 */
class ReportPreviewFxTest extends RunningAppFxTest {

    private static final Pattern PAGE_OF = Pattern.compile("Page 1 of (\\d+)");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    @SuppressWarnings("unchecked")
    void previewShowsAsManyPagesAsTheExportedReport(Theme theme) throws Exception {
        Stage stage = startApp(theme);
        DataFolder folder = new DataFolder(dir);

        clickOn("#reportsButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#reportGoals").tryQuery().isPresent()
                && !lookup("#reportGoals").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#previewStatus").queryAs(Label.class).getText()).startsWith("No preview yet");
        Profile profile = (Profile) lookup("#reportProfile").queryAs(ComboBox.class).getValue();
        PaperSize paper = (PaperSize) lookup("#reportPaper").queryAs(ComboBox.class).getValue();
        if (theme == Theme.LIGHT) {
            // The focus is still on the navigation: F5 works from anywhere on the screen.
            type(KeyCode.F5);
        } else {
            clickOn("#reportPreview");
        }
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> PAGE_OF.matcher(lookup("#previewPage").queryAs(Label.class).getText()).matches());
        WaitForAsyncUtils.waitForFxEvents();

        Matcher pageOf = PAGE_OF.matcher(lookup("#previewPage").queryAs(Label.class).getText());
        assertThat(pageOf.matches()).isTrue();
        int shown = Integer.parseInt(pageOf.group(1));
        VBox pages = lookup("#previewPages").queryAs(VBox.class);
        assertThat(pages.getChildren()).hasSize(shown);
        List<ImageView> images = pages.getChildren().stream()
                .map(page -> (ImageView) ((StackPane) page).getChildren().get(0)).toList();
        assertThat(images).hasSize(shown);
        assertThat(images.get(1).getAccessibleText()).isEqualTo("Report page 2 of " + shown);
        assertThat(lookup("#previewStatus").queryAs(Label.class).getText()).startsWith("Up to date");
        // Fit width: the first page fills the preview's width, less its margins.
        Node firstPage = pages.getChildren().get(0);
        assertThat(firstPage.getBoundsInParent().getWidth()).isGreaterThan(300);

        snapshot(stage, "report-preview-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
        clickOn("#previewActualSize");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(images.get(0).getFitWidth()).isEqualTo(images.get(0).getImage().getWidth());
        interact(() -> lookup("#previewScroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#previewPage").queryAs(Label.class).getText()).isEqualTo("Page " + shown + " of " + shown);
        snapshot(stage, "report-preview-" + theme.name().toLowerCase(Locale.ROOT) + "-100.png");

        clickOn("#reportPaper");
        type(paper == PaperSize.A4 ? KeyCode.DOWN : KeyCode.UP);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup("#previewStatus").queryAs(Label.class).getText().startsWith("Out of date"));

        closeApp();
        Path exported = dir.resolve("exported.pdf");
        try (AppServices services = AppServices.open(folder)) {
            PlanReport.export(services.store(), new ChocoPlanSolver(), profile.id(), new ReportOptions(List.of(),
                    ReportSection.all(), paper, "", LocalDate.now()), exported, ReportMonitor.NONE);
        }
        try (PDDocument doc = Loader.loadPDF(exported.toFile())) {
            assertThat(shown).isEqualTo(doc.getNumberOfPages());
        }
    }

    private static void snapshot(Stage stage, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
