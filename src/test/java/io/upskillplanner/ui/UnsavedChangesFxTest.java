package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import io.upskillplanner.ui.settings.Theme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An editor with unsaved changes asks before Esc, Cancel or its close button throw them away. */
class UnsavedChangesFxTest extends RunningAppFxTest {

    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = startApp(Theme.LIGHT);
        shortcut(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#goalTable").tryQuery().isPresent());
    }

    @Test
    void escOnAFilledGoalEditorAsksAndKeepEditingKeepsTheInput() throws Exception {
        Window editor = openGoalEditor();
        typeInto(editor, "Cloud support engineer");
        keyInto(editor, KeyCode.ESCAPE);

        Window question = waitForDiscardQuestion();
        assertThat(editor.isShowing()).isTrue();
        // Enter presses the default button: Keep editing, the choice that loses nothing.
        keyInto(question, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !question.isShowing());
        assertThat(editor.isShowing()).isTrue();
        assertThat(lookup("#goalTitle").queryAs(TextField.class).getText()).isEqualTo("Cloud support engineer");

        // Esc on the question is Keep editing too; the editor's Esc asks again each time.
        keyInto(editor, KeyCode.ESCAPE);
        Window again = waitForDiscardQuestion();
        keyInto(again, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !again.isShowing());
        assertThat(editor.isShowing()).isTrue();
        assertThat(lookup("#goalTitle").queryAs(TextField.class).getText()).isEqualTo("Cloud support engineer");
    }

    @Test
    void discardClosesTheEditorAndSavesNothing() throws Exception {
        int goalsBefore = lookup("#goalTable").queryAs(TableView.class).getItems().size();
        Window editor = openGoalEditor();
        typeInto(editor, "Never saved");
        WaitForAsyncUtils.asyncFx(() -> editor.fireEvent(new WindowEvent(editor, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get(5, TimeUnit.SECONDS);
        waitForDiscardQuestion();
        assertThat(editor.isShowing()).as("the close button asks first").isTrue();
        clickOn("#discardButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !editor.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#goalTable").queryAs(TableView.class).getItems()).hasSize(goalsBefore);
    }

    @Test
    void anUnchangedEditorClosesOnEscWithoutAsking() throws Exception {
        Window editor = openGoalEditor();
        keyInto(editor, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !editor.isShowing());
        assertThat(lookup("#discardDialog").tryQuery()).isEmpty();
    }

    private Window openGoalEditor() throws Exception {
        shortcut(KeyCode.G);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#goalTitle").tryQuery()
                .map(Node::isFocused).orElse(false));
        return lookup("#goalTitle").query().getScene().getWindow();
    }

    private Window waitForDiscardQuestion() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#discardDialog").tryQuery().isPresent());
        Window question = lookup("#discardDialog").query().getScene().getWindow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> question.getScene().getFocusOwner() != null
                && "keepEditingButton".equals(question.getScene().getFocusOwner().getId()));
        return question;
    }

    /**
     * Headless (Monocle) the robot's keys reach only the main window while a dialog is open, so the
     * same key events go to the dialog's focus owner, as the desktop would deliver them.
     */
    private void typeInto(Window window, String text) throws Exception {
        for (char c : text.toCharArray()) {
            String s = String.valueOf(c);
            fire(window, new KeyEvent(KeyEvent.KEY_TYPED, s, s, KeyCode.UNDEFINED, false, false, false, false));
        }
    }

    private void keyInto(Window window, KeyCode key) throws Exception {
        fire(window, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        fire(window, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
    }

    private void fire(Window window, KeyEvent event) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Node target = window.getScene().getFocusOwner();
            Event.fireEvent(target != null ? target : window.getScene().getRoot(), event);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
