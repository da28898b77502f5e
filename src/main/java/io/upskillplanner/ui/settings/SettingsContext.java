package io.upskillplanner.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;

/**
 * What the settings screen needs from the application beyond the store: the data folder, the live
 * appearance (the application applies every change to the scene) and a way to open a folder.
 */
public record SettingsContext(Path dataFolder, ObjectProperty<Appearance> appearance, Consumer<Path> folderOpener) {
}
