package io.upskillplanner.ui.reports;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * A report page's picture as a JavaFX image. Copied a row at a time, so the conversion needs one
 * row of extra memory rather than a second whole page.
 */
final class PageImages {

    private PageImages() {
    }

    static Image toFxImage(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        WritableImage image = new WritableImage(width, height);
        PixelWriter writer = image.getPixelWriter();
        PixelFormat<IntBuffer> argb = PixelFormat.getIntArgbInstance();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            // getRGB gives opaque ARGB whatever the picture's own layout (RGB pictures store no alpha).
            page.getRGB(0, y, width, 1, row, 0, width);
            writer.setPixels(0, y, width, 1, argb, row, 0, width);
        }
        return image;
    }
}
