package io.upskillplanner.ui.main;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

import io.upskillplanner.ui.common.Messages;

/** The shell's navigation buttons and undo link, bound to the commands that show and undo. */
final class Navigation {

    private Navigation() {
    }

    /** Each button shows its section, is off while its command is, and stays selected when clicked again. */
    static void bind(ToggleGroup sections, Map<ToggleButton, Section> buttons, MainWindowViewModel viewModel) {
        buttons.forEach((button, section) -> {
            button.setUserData(section);
            button.disableProperty().bind(viewModel.commands().get(section.showCommand()).executableProperty().not());
        });
        sections.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                sections.selectToggle(old);
            } else {
                viewModel.show((Section) selected.getUserData());
            }
        });
    }

    static void select(ToggleGroup sections, Section section) {
        sections.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .ifPresent(sections::selectToggle);
    }

    /** "Undo" in the status bar while there is something to take back. */
    static Hyperlink undoLink(AppState state, Command undo) {
        Hyperlink link = new Hyperlink();
        link.setId("undoLink");
        link.textProperty().bind(Bindings.createStringBinding(() -> state.undoProperty().get() == null ? ""
                : Messages.get("status.undo"), state.undoProperty()));
        link.visibleProperty().bind(state.undoProperty().isNotNull());
        link.managedProperty().bind(link.visibleProperty());
        CommandBinding.bind(link, undo);
        return link;
    }
}
