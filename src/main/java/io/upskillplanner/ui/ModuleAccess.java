package io.upskillplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JavaFX internals that ControlsFX reaches into. Where JavaFX runs as named modules
 * ({@code ./mvnw javafx:run}, or a module path given to {@code java}) each must be exported or
 * opened to the class path, or the control fails the moment it is built; the pom passes these as
 * options and writes them into the jar's manifest. With JavaFX on the class path (the jar and the
 * app image) nothing needs opening. See docs/decisions/0014-launch-paths-and-module-access.md.
 */
final class ModuleAccess {

    /** {@code module/package} pairs ControlsFX 11.2 links against (jdeps --jdk-internals). */
    static final List<String> EXPORTS = List.of(
            "javafx.base/com.sun.javafx.event",
            "javafx.controls/com.sun.javafx.scene.control",
            "javafx.controls/com.sun.javafx.scene.control.behavior");

    /** Pairs it reaches by reflection: Parent.getChildren and the table skins' fields. */
    static final List<String> OPENS = List.of(
            "javafx.graphics/javafx.scene",
            "javafx.controls/javafx.scene.control.skin");

    private ModuleAccess() {
    }

    /** The options this JVM lacks for code in {@code reader}, as {@code --add-exports=...} and {@code --add-opens=...}. */
    static List<String> missingFor(Module reader) {
        List<String> missing = new ArrayList<>();
        for (String pair : EXPORTS) {
            moduleOf(pair).filter(m -> !m.isExported(packageOf(pair), reader))
                    .ifPresent(m -> missing.add("--add-exports=" + pair + "=ALL-UNNAMED"));
        }
        for (String pair : OPENS) {
            moduleOf(pair).filter(m -> !m.isOpen(packageOf(pair), reader))
                    .ifPresent(m -> missing.add("--add-opens=" + pair + "=ALL-UNNAMED"));
        }
        return missing;
    }

    private static Optional<Module> moduleOf(String pair) {
        return ModuleLayer.boot().findModule(pair.substring(0, pair.indexOf('/')));
    }

    private static String packageOf(String pair) {
        return pair.substring(pair.indexOf('/') + 1);
    }
}
