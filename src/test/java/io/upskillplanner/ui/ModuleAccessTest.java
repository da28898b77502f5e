package io.upskillplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The module access ControlsFX needs is written in three places that must agree: the launcher's
 * check, the javafx-maven-plugin's options (./mvnw javafx:run) and the jar manifest's Add-Exports
 * and Add-Opens (java -jar with JavaFX on a module path). The launch smoke test in .ci/run proves
 * the options work; this test keeps the lists from drifting apart.
 */
class ModuleAccessTest {

    private static final String POM = read(Path.of("pom.xml"));

    @Test
    void javafxRunOptionsGrantExactlyWhatTheLauncherChecks() {
        List<String> expected = new ArrayList<>();
        ModuleAccess.EXPORTS.forEach(pair -> expected.add("--add-exports=" + pair + "=ALL-UNNAMED"));
        ModuleAccess.OPENS.forEach(pair -> expected.add("--add-opens=" + pair + "=ALL-UNNAMED"));

        assertThat(all("<option>(--add-(?:exports|opens)=[^<]+)</option>")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void jarManifestCarriesTheSamePairs() {
        assertThat(property("javafx.internals.exports").split(" ")).containsExactlyInAnyOrderElementsOf(ModuleAccess.EXPORTS);
        assertThat(property("javafx.internals.opens").split(" ")).containsExactlyInAnyOrderElementsOf(ModuleAccess.OPENS);
        assertThat(POM).contains("<Add-Exports>${javafx.internals.exports}</Add-Exports>")
                .contains("<Add-Opens>${javafx.internals.opens}</Add-Opens>");
    }

    @Test
    void onTheClassPathNothingIsMissing() {
        // Tests run JavaFX from the class path, as the jar and the app image do: no module boundary.
        assertThat(ModuleAccess.missingFor(ModuleAccessTest.class.getModule())).isEmpty();
    }

    private static String property(String name) {
        List<String> values = all("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
        assertThat(values).hasSize(1);
        return values.get(0).trim();
    }

    private static List<String> all(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(POM);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
