package io.upskillplanner.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import io.upskillplanner.ui.RunningAppFxTest;
import io.upskillplanner.ui.settings.Theme;

import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WCAG AA contrast on every screen of the real app, in the light and in the dark theme: each
 * visible text against what it is drawn on (4.5:1, large text 3:1), icons and chart series against
 * their background (3:1), tooltips included. Fails with a list of every offending node. All
 * measurements, passing ones too, land in {@code target/contrast/<theme>.txt}, lowest ratio first,
 * and the Compare screen is photographed to {@code target/screenshots/contrast-compare-*.png}.
 */
class ContrastFxTest extends RunningAppFxTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void everyScreenMeetsWcagAaContrast(Theme theme) throws Exception {
        String themeName = theme.name().toLowerCase(Locale.ROOT);
        Stage stage = start(theme);
        List<ContrastMeasurement> all = new ArrayList<>();

        all.addAll(measure(stage, themeName, "profiles", () -> selected("#profileTable")));
        all.addAll(measure(stage, themeName, "goals", "#goalsButton", () -> hasItems("#candidateTable")));
        all.addAll(measureSelected(stage, themeName, "goals", "#gapList", ".gap-missing", ".gap-covered"));
        all.addAll(measure(stage, themeName, "catalog", "#catalogButton",
                () -> lookup("#credentialTable").tryQuery().isPresent()
                        && lookup("#credentialTable").queryTableView().getItems().size() >= 40));
        all.addAll(measureSelected(stage, themeName, "catalog", "#credentialTable", ".stale"));
        all.addAll(measureCompare(stage, themeName));
        all.addAll(measure(stage, themeName, "reports", "#reportsButton",
                () -> lookup("#reportGoals").tryQuery().isPresent()
                        && !lookup("#reportGoals").queryAs(ListView.class).getItems().isEmpty()));
        all.addAll(measure(stage, themeName, "backups", "#backupsButton", () -> lookup("#backupTable").tryQuery().isPresent()));
        all.addAll(measure(stage, themeName, "settings", "#settingsButton", () -> hasItems("#rateTable")));

        writeReport(themeName, all);
        List<ContrastMeasurement> failures = all.stream().filter(m -> !m.passes())
                .sorted(Comparator.comparingDouble(ContrastMeasurement::ratio)).toList();
        assertThat(all).as("measurements in the %s theme", themeName).hasSizeGreaterThan(300);
        assertThat(all).extracting(ContrastMeasurement::kind).contains("text", "icon", "series", "legend symbol");
        assertThat(failures).withFailMessage(() -> failures.size() + " of " + all.size()
                + " measurements in the " + themeName + " theme are below WCAG AA contrast:\n"
                + failures.stream().map(ContrastMeasurement::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    private Stage start(Theme theme) throws Exception {
        // English: the texts (and so the widths) the figures in the README were measured with.
        Stage stage = startApp(theme);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#profileSwitcher").queryAs(ComboBox.class).getValue() != null);
        return stage;
    }

    private List<ContrastMeasurement> measure(Stage stage, String theme, String screen, String button,
                                              BooleanSupplier ready) throws Exception {
        clickOn(button);
        return measure(stage, theme, screen, ready);
    }

    private List<ContrastMeasurement> measure(Stage stage, String theme, String screen, BooleanSupplier ready)
            throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, ready::getAsBoolean);
        settle();
        Scene scene = stage.getScene();
        ContrastAudit audit = WaitForAsyncUtils.asyncFx(() -> ContrastAudit.of(scene, theme, screen))
                .get(10, TimeUnit.SECONDS);
        List<ContrastMeasurement> found = new ArrayList<>(audit.measurements());
        found.addAll(measureTooltips(theme, screen, audit.tooltips()));
        return found;
    }

    /**
     * The same screen again with a row selected that shows coloured text (a missing skill, a stale
     * fact): the selection colour is a background of its own that coloured text must also read on.
     */
    private List<ContrastMeasurement> measureSelected(Stage stage, String theme, String screen, String list,
                                                      String... colouredCells) throws Exception {
        Node control = lookup(list).query();
        IndexedCell<?> cell = Arrays.stream(colouredCells)
                .flatMap(c -> from(control).lookup(c).queryAll().stream())
                .filter(n -> n instanceof IndexedCell<?> || n.getParent() instanceof IndexedCell<?>)
                .map(n -> (IndexedCell<?>) (n instanceof IndexedCell<?> c ? c : n.getParent()))
                .filter(c -> c.isVisible() && c.getIndex() >= 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + String.join(" or ", colouredCells) + " in " + list));
        interact(() -> {
            if (control instanceof ListView<?> view) {
                view.getSelectionModel().clearAndSelect(cell.getIndex());
            } else if (control instanceof TableView<?> view) {
                view.getSelectionModel().clearAndSelect(cell.getIndex());
            }
        });
        return measure(stage, theme, screen + " (" + list + " row selected)", () -> true);
    }

    /** Compare with a reference degree and a score breakdown open, so every part of it is drawn. */
    private List<ContrastMeasurement> measureCompare(Stage stage, String theme) throws Exception {
        clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#compareTable").tryQuery().isPresent()
                && lookup("#compareTable").queryTableView().getItems().size() >= 2);
        ComboBox<?> reference = lookup("#referencePicker").queryAs(ComboBox.class);
        interact(() -> reference.getSelectionModel().select(0));
        TableView<?> table = lookup("#compareTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 3);
        interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        List<ContrastMeasurement> found = measure(stage, theme, "compare",
                () -> lookup("#breakdownPane").query().isVisible() && lookup("#costChart").query().isVisible());
        screenshot(stage, theme);
        return found;
    }

    private List<ContrastMeasurement> measureTooltips(String theme, String screen, Map<Tooltip, Node> tooltips)
            throws Exception {
        List<ContrastMeasurement> found = new ArrayList<>();
        for (Map.Entry<Tooltip, Node> entry : tooltips.entrySet()) {
            Tooltip tip = entry.getKey();
            Node owner = entry.getValue();
            interact(() -> {
                Bounds bounds = owner.localToScreen(owner.getBoundsInLocal());
                tip.show(owner, bounds.getMinX(), bounds.getMaxY() + 4);
            });
            // Shown and laid out: the tooltip's box has its size and its text its place.
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tip.isShowing() && tip.getSkin() != null
                    && tip.getSkin().getNode().getLayoutBounds().getWidth() > 0);
            WaitForAsyncUtils.waitForFxEvents();
            found.addAll(WaitForAsyncUtils.asyncFx(() -> ContrastAudit.of(tip.getScene(),
                    ContrastAudit.windowBackground(owner.getScene()), theme, screen + " tooltip").measurements())
                    .get(10, TimeUnit.SECONDS));
            interact(tip::hide);
        }
        return found;
    }

    private boolean hasItems(String table) {
        return lookup(table).tryQuery().isPresent() && !lookup(table).queryTableView().getItems().isEmpty();
    }

    private boolean selected(String table) {
        return hasItems(table) && lookup(table).queryTableView().getSelectionModel().getSelectedItem() != null;
    }

    /** Background loads (badges, gaps, charts) deliver on the FX thread; give them a moment to land. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window as the user sees it, and the whole scrollable screen with the charts below the fold. */
    private void screenshot(Stage stage, String theme) throws Exception {
        WritableImage window = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ScrollPane screen = lookup(".compare-screen").query();
        WritableImage full = WaitForAsyncUtils.asyncFx(() -> screen.getContent().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(window, null), "png", out.resolve("contrast-compare-" + theme + ".png").toFile());
        ImageIO.write(SwingFXUtils.fromFXImage(full, null), "png",
                out.resolve("contrast-compare-full-" + theme + ".png").toFile());
    }

    private static void writeReport(String theme, List<ContrastMeasurement> all) throws Exception {
        Path out = Path.of("target", "contrast");
        Files.createDirectories(out);
        List<String> lines = all.stream().sorted(Comparator.comparingDouble(ContrastMeasurement::ratio))
                .map(m -> (m.passes() ? "ok   " : "FAIL ") + m.describe()).toList();
        Files.write(out.resolve(theme + ".txt"), lines);
    }
}
