package io.upskillplanner.ui.compare;

import java.math.BigDecimal;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import io.upskillplanner.ui.common.Formats;
import io.upskillplanner.ui.common.NumberInput;

/** One row per criterion: its name, a slider and a field to type the weight, bound to the view model's settings. */
final class WeightRows {

    private WeightRows() {
    }

    static void fill(GridPane grid, CompareViewModel viewModel) {
        int row = 0;
        for (WeightSetting setting : viewModel.weights()) {
            Label name = new Label(setting.label());
            name.setWrapText(true);
            name.getStyleClass().add("weight-name");
            Slider slider = new Slider(0, WeightSetting.MAX, setting.weight());
            slider.setId("weight-" + setting.criterion().name());
            slider.getStyleClass().add("weight-slider");
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(1);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(WeightSetting.STEP);
            slider.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(slider, Priority.ALWAYS);
            slider.setAccessibleText(setting.label());
            slider.valueProperty().bindBidirectional(setting.weightProperty());
            // Saving on release keeps the database out of the drag; the ranking follows every move.
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    viewModel.commitWeights();
                }
            });
            slider.setOnMouseReleased(event -> viewModel.commitWeights());
            slider.setOnKeyReleased(event -> viewModel.commitWeights());
            name.setLabelFor(slider);
            grid.addRow(row++, name, slider, field(setting, viewModel));
        }
        GridPane.setHgrow(grid, Priority.ALWAYS);
    }

    /** The weight as a number to type (in half steps, either decimal separator); Enter or leaving the field applies it. */
    private static Spinner<Double> field(WeightSetting setting, CompareViewModel viewModel) {
        Spinner<Double> field = new Spinner<>(0, WeightSetting.MAX, setting.weight(), WeightSetting.STEP);
        field.setId("weightValue-" + setting.criterion().name());
        field.getStyleClass().add("weight-value");
        field.setEditable(true);
        field.setAccessibleText(setting.label());
        field.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Double weight) {
                return weight == null ? "" : Formats.number(BigDecimal.valueOf(weight));
            }

            @Override
            public Double fromString(String text) {
                try {
                    return NumberInput.decimal(text).map(BigDecimal::doubleValue).map(WeightSetting::snap)
                            .orElse(setting.weight());
                } catch (NumberFormatException e) {
                    // Not a number: the field goes back to the weight it had.
                    return setting.weight();
                }
            }
        });
        setting.weightProperty().addListener((obs, old, weight) -> field.getValueFactory().setValue(weight.doubleValue()));
        field.valueProperty().addListener((obs, old, typed) -> {
            // Changes that come from the slider already are the setting's value: only typed ones are saved here.
            if (typed != null && WeightSetting.snap(typed) != setting.weight()) {
                setting.weightProperty().set(typed);
                viewModel.commitWeights();
            }
        });
        field.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                field.commitValue();
            }
        });
        return field;
    }
}
