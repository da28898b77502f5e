package io.upskillplanner.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import io.upskillplanner.ui.RunningAppFxTest;
import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Help's user guide opens with F1; its keyboard shortcuts page lists every accelerator the menus have. */
class HelpPagesFxTest extends RunningAppFxTest {

    @BeforeEach
    void start() throws Exception {
        startApp(Theme.LIGHT);
    }

    @Test
    void theShortcutsPageListsEveryAcceleratorOfTheMenus() throws Exception {
        press(KeyCode.SHORTCUT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#shortcutsDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Shortcuts.Shortcut> table = lookup("#shortcutTable").queryAs(TableView.class);

        List<MenuItem> withKeys = new ArrayList<>();
        for (Menu menu : lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            menu.getItems().stream().filter(item -> item.getAccelerator() != null).forEach(withKeys::add);
        }
        assertThat(withKeys).hasSizeGreaterThan(20);
        for (MenuItem item : withKeys) {
            String keys = item.getAccelerator().getDisplayText();
            assertThat(table.getItems()).as("%s (%s)", item.getText(), keys)
                    .anySatisfy(row -> {
                        assertThat(row.keys()).isEqualTo(keys);
                        assertThat(row.action()).isEqualTo(item.getText().replace("_", ""));
                    });
        }
        // Nothing listed twice, and nothing that is not on a menu except the keys of lists and dialogs.
        List<String> menuKeys = table.getItems().stream()
                .filter(row -> !row.menu().equals(io.upskillplanner.ui.common.Messages.get("shortcuts.elsewhere")))
                .map(Shortcuts.Shortcut::keys).toList();
        assertThat(menuKeys).doesNotHaveDuplicates().hasSameSizeAs(withKeys);
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.keys()).isEqualTo("Esc"));
    }

    @Test
    void theUserGuideOpensWithF1AndReadsFromTheBundle() throws Exception {
        type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#userGuideDialog").tryQuery().isPresent());
        List<String> texts = lookup("#userGuideDialog .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("Getting started", "Compare and decide", "Your data and backups");
        assertThat(texts).noneMatch(t -> t.startsWith("guide."));
    }
}
