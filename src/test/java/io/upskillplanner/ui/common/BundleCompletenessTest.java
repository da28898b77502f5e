package io.upskillplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.upskillplanner.BundleFiles;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every language has every key, and every key is used. A key counts as used when the code names
 * it: {@code %key} in FXML, a string literal in Java, or a constant of an enum whose keys the code
 * builds as {@code prefix + constant.name()} (each such prefix is listed below with its enum).
 */
class BundleCompletenessTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve("resources/io/upskillplanner/i18n");
    private static final List<String> LANGUAGES = List.of("", "_de");

    /**
     * Prefixes the code completes with an enum constant's name, and the enum's simple name. The
     * prefix {@code enum.} is followed by the enum's simple name itself (see {@link Formats#label}).
     */
    private static final Map<String, String> ENUM_PREFIXES = Map.of(
            "criterion.", "Criterion",
            "reports.section.", "ReportSection",
            "reports.paper.", "PaperSize",
            "backup.reason.", "BackupReason",
            "recovery.choice.", "Choice");

    /** Prefixes the code completes with string literals of its own (each completion is a literal in the code). */
    private static final Set<String> LITERAL_PREFIXES = Set.of("compare.chart.cost.");

    private static final Pattern DYNAMIC = Pattern.compile("Messages\\.get\\(\"([A-Za-z0-9_.]+\\.)\"\\s*\\+");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*)\"");
    private static final Pattern GET_LITERAL = Pattern.compile("Messages\\.get\\(\"([^\"]+)\"(?!\\s*\\+)");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static Map<String, Properties> bundles;
    private static String javaSources;
    private static String fxmlSources;
    private static Map<String, List<String>> enumsBySimpleName;

    @BeforeAll
    static void read() throws IOException {
        bundles = new HashMap<>();
        for (String language : LANGUAGES) {
            bundles.put(language, BundleFiles.load(BUNDLES.resolve("messages" + language + ".properties")));
        }
        javaSources = BundleFiles.concatenate(MAIN.resolve("java"), ".java");
        fxmlSources = BundleFiles.concatenate(MAIN.resolve("resources"), ".fxml");
        enumsBySimpleName = new HashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.upskillplanner")) {
            if (type.isEnum()) {
                Object[] constants = type.reflect().getEnumConstants();
                enumsBySimpleName.put(type.getSimpleName(),
                        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList());
            }
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> english = bundles.get("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> keys = bundles.get(language).stringPropertyNames();
            assertThat(BundleFiles.difference(english, keys)).as("keys missing in messages%s.properties", language).isEmpty();
            assertThat(BundleFiles.difference(keys, english)).as("keys only in messages%s.properties", language).isEmpty();
            assertThat(keys).as("empty texts in messages%s.properties", language)
                    .filteredOn(k -> bundles.get(language).getProperty(k).isBlank()).isEmpty();
        }
    }

    @Test
    void everyTranslationTakesTheSameArguments() {
        Properties english = bundles.get("");
        for (String language : LANGUAGES) {
            Properties texts = bundles.get(language);
            for (String key : english.stringPropertyNames()) {
                // A translation that drops or adds an argument shows a wrong or a raw "{2}" on screen.
                assertThat(BundleFiles.arguments(texts.getProperty(key)))
                        .as("arguments of %s in messages%s.properties", key, language)
                        .isEqualTo(BundleFiles.arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String language : LANGUAGES) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve("messages" + language + ".properties"))) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")
                        && !seen.add(trimmed.substring(0, trimmed.indexOf('=')).strip())) {
                    twice.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                }
            }
            // A second definition silently wins; after a merge that hides one feature's text.
            assertThat(twice).as("keys defined twice in messages%s.properties", language).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> named = new TreeSet<>(BundleFiles.matches(GET_LITERAL, javaSources));
        named.addAll(BundleFiles.matches(FXML_KEY, fxmlSources));
        for (String prefix : dynamicPrefixes()) {
            enumFor(prefix).forEach((type, constants) -> constants.forEach(c -> named.add(keyFor(prefix, type, c))));
        }
        for (String language : LANGUAGES) {
            assertThat(BundleFiles.difference(named, bundles.get(language).stringPropertyNames()))
                    .as("keys the code uses but messages%s.properties lacks", language).isEmpty();
        }
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> used = new TreeSet<>(BundleFiles.matches(LITERAL, javaSources));
        used.addAll(BundleFiles.matches(FXML_KEY, fxmlSources));
        Set<String> unused = new TreeSet<>(bundles.get("").stringPropertyNames());
        unused.removeAll(used);
        for (String prefix : dynamicPrefixes()) {
            enumFor(prefix).forEach((type, constants) -> constants.forEach(c -> unused.remove(keyFor(prefix, type, c))));
            if (LITERAL_PREFIXES.contains(prefix)) {
                used.forEach(literal -> unused.remove(prefix + literal));
            }
        }
        assertThat(unused).as("keys nothing uses").isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsAccountedFor() {
        for (String prefix : dynamicPrefixes()) {
            assertThat(prefix.startsWith("enum.") || ENUM_PREFIXES.containsKey(prefix)
                    || LITERAL_PREFIXES.contains(prefix))
                    .as("the code builds keys from \"%s\" + ...; list it in ENUM_PREFIXES or LITERAL_PREFIXES", prefix)
                    .isTrue();
        }
    }

    private static Set<String> dynamicPrefixes() {
        return new TreeSet<>(BundleFiles.matches(DYNAMIC, javaSources));
    }

    /** The enums whose constants complete a prefix; for {@code enum.} every enum with at least one key. */
    private static Map<String, List<String>> enumFor(String prefix) {
        Map<String, List<String>> result = new HashMap<>();
        if (prefix.startsWith("enum.")) {
            for (String key : bundles.get("").stringPropertyNames()) {
                if (key.startsWith("enum.")) {
                    String type = key.split("\\.")[1];
                    List<String> constants = enumsBySimpleName.get(type);
                    assertThat(constants).as("no enum %s for key %s", type, key).isNotNull();
                    result.put(type, constants);
                }
            }
        } else if (ENUM_PREFIXES.containsKey(prefix)) {
            String type = ENUM_PREFIXES.get(prefix);
            assertThat(enumsBySimpleName).as("enum %s for prefix %s", type, prefix).containsKey(type);
            result.put(type, enumsBySimpleName.get(type));
        }
        return result;
    }

    private static String keyFor(String prefix, String type, String constant) {
        return prefix.startsWith("enum.") ? "enum." + type + "." + constant : prefix + constant;
    }
}
