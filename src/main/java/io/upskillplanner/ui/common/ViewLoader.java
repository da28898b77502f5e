package io.upskillplanner.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with its controller. By convention {@code FooView} in package p reads
 * {@code Foo.fxml} from the same package in the resources; the controller is built by hand so
 * that it gets its view model through its constructor.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = type.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No FXML " + name + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
