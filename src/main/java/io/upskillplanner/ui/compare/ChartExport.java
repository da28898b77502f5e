package io.upskillplanner.ui.compare;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Window;

import io.upskillplanner.ui.common.DialogService;
import io.upskillplanner.ui.common.FxDialogService;

import javax.imageio.ImageIO;

/** Copies a chart to the clipboard or saves it as PNG, on the background of its card so dark stays dark. */
final class ChartExport {

    private ChartExport() {
    }

    static WritableImage image(Chart chart, Region card) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(background(card));
        return chart.snapshot(parameters, null);
    }

    static void copy(Chart chart, Region card) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(chart, card));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where to save; returns the file written, or null when the user cancelled. */
    static File save(Chart chart, Region card, Window owner, String title, String suggestedName) throws IOException {
        File file = new FxDialogService(() -> owner).saveFile(title, suggestedName + ".png", Optional.empty(),
                List.of(DialogService.FileType.of("PNG", "*.png"))).map(Path::toFile).orElse(null);
        if (file == null) {
            return null;
        }
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
            file = new File(file.getParentFile(), file.getName() + ".png");
        }
        write(image(chart, card), file);
        return file;
    }

    static void write(WritableImage image, File file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file)) {
            throw new IOException("No PNG writer available");
        }
    }

    private static Paint background(Region card) {
        if (card.getBackground() != null && !card.getBackground().getFills().isEmpty()) {
            return card.getBackground().getFills().get(0).getFill();
        }
        return Color.WHITE;
    }
}
