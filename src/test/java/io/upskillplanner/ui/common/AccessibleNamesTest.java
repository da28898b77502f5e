package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A screen reader can name every button: one without text carries an accessible text. */
class AccessibleNamesTest {

    private static final Pattern BUTTON = Pattern.compile("<(Button|ToggleButton|MenuButton)\\b([^>]*)>");

    @Test
    void everyIconOnlyButtonInFxmlHasAnAccessibleText() throws IOException {
        String java = concatenate(Path.of("src", "main", "java"), ".java");
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                String fxml = Files.readString(file);
                Matcher matcher = BUTTON.matcher(fxml);
                while (matcher.find()) {
                    String attributes = matcher.group(2);
                    boolean named = attributes.contains(" text=") || attributes.contains("accessibleText=")
                            || textSetInCode(attributes, java);
                    if (!named && iconOnly(fxml, matcher.end())) {
                        unnamed.add(file.getFileName() + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /** The controller gives the button its text (e.g. "Add to <goal>"), which a screen reader reads. */
    private static boolean textSetInCode(String attributes, String java) {
        Matcher id = Pattern.compile("fx:id=\"([A-Za-z0-9]+)\"").matcher(attributes);
        return id.find() && (java.contains(id.group(1) + ".setText(") || java.contains(id.group(1) + ".textProperty()"));
    }

    private static String concatenate(Path root, String ending) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(ending)).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    /** The element's body holds a graphic (an icon) and it sets no text of its own. */
    private static boolean iconOnly(String fxml, int bodyStart) {
        int end = fxml.indexOf("</", bodyStart);
        String body = end < 0 ? "" : fxml.substring(bodyStart, end);
        return body.contains("FontIcon");
    }
}
