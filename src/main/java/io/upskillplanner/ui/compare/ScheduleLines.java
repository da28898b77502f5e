package io.upskillplanner.ui.compare;

import java.util.List;

import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.Messages;

/** The schedule in words: a line per candidate (late ones marked) and the scheduler's warnings. */
final class ScheduleLines {

    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private ScheduleLines() {
    }

    static void bind(VBox lines, VBox warnings, CompareViewModel viewModel) {
        Runnable show = () -> {
            lines.getChildren().setAll(lines(viewModel.scheduleLines()));
            warnings.getChildren().setAll(warnings(viewModel.scheduleWarnings()));
        };
        viewModel.scheduleLines().addListener((Observable o) -> show.run());
        viewModel.scheduleWarnings().addListener((Observable o) -> show.run());
        show.run();
    }

    private static List<Node> lines(List<ScheduleLine> schedule) {
        return schedule.stream().map(line -> {
            Label label = new Label(line.completed() ? Messages.get("compare.schedule.completed", line.title())
                    : Messages.get("compare.schedule.line", line.title(), Formats.date(line.start()),
                            Formats.date(line.finish()), line.weeks(), Formats.number(line.weeklyHours())));
            label.setWrapText(true);
            label.getStyleClass().add("schedule-line");
            label.pseudoClassStateChanged(NEGATIVE, line.afterDeadline());
            return (Node) label;
        }).toList();
    }

    private static List<Node> warnings(List<String> warnings) {
        return warnings.stream().map(text -> {
            Label label = new Label("⚠ " + text);
            label.setWrapText(true);
            label.getStyleClass().add("schedule-warning");
            return (Node) label;
        }).toList();
    }
}
