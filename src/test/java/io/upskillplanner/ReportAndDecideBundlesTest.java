package io.upskillplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report's words (report*.properties) and the decision logic's sentences (phrases*.properties)
 * are complete in every language: the same keys, no blanks, the same MessageFormat arguments, every
 * key the code names exists and every key is used. Like {@code BundleCompletenessTest} for the
 * screens, a key counts as used when its package's sources name it as a string literal, or when the
 * code builds it as {@code "prefix." + constant.name()} for a prefix listed with its enum.
 */
class ReportAndDecideBundlesTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final List<String> LANGUAGES = List.of("", "_de");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*)\"");

    /** One bundle, the sources that use it, and how they name its keys. */
    record Bundle(String name, Path file, Path sources, Pattern use, Pattern dynamicUse, Map<String, String> enums) {

        Path file(String language) {
            return file.resolveSibling(file.getFileName().toString().replace(".properties", language + ".properties"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Bundle> bundles() {
        Path resources = MAIN.resolve("resources/io/upskillplanner");
        Path java = MAIN.resolve("java/io/upskillplanner");
        return List.of(
                new Bundle("report", resources.resolve("report/report.properties"), java.resolve("report"),
                        Pattern.compile("text\\.get\\(\"([^\"]+)\"(?!\\s*\\+)"),
                        Pattern.compile("\\bget\\(\"([A-Za-z0-9_.]+\\.)\"\\s*\\+"),
                        // "enum." is followed by the enum's simple name and the constant (ReportText.label).
                        Map.of("criterion.", "Criterion", "goal.scheduleMode.", "ScheduleMode", "enum.", "")),
                new Bundle("decide phrases", resources.resolve("domain/decide/phrases.properties"),
                        java.resolve("domain/decide"),
                        Pattern.compile("Phrase\\.of\\(\"([^\"]+)\"(?!\\s*\\+)"),
                        Pattern.compile("Phrase\\.of\\(\"([A-Za-z0-9_.]*)\"\\s*\\+"),
                        Map.of("industry.", "StandardIndustry")));
    }

    private static Map<String, List<String>> enumsBySimpleName;

    @BeforeAll
    static void findEnums() {
        enumsBySimpleName = new HashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.upskillplanner")) {
            if (type.isEnum()) {
                enumsBySimpleName.put(type.getSimpleName(), Arrays.stream(type.reflect().getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyLanguageHasTheSameKeysAndNoBlankText(Bundle bundle) throws IOException {
        Set<String> english = load(bundle, "").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties texts = load(bundle, language);
            assertThat(BundleFiles.difference(english, texts.stringPropertyNames())).as("keys missing in %s", bundle.file(language))
                    .isEmpty();
            assertThat(BundleFiles.difference(texts.stringPropertyNames(), english)).as("keys only in %s", bundle.file(language))
                    .isEmpty();
            assertThat(texts.stringPropertyNames()).as("empty texts in %s", bundle.file(language))
                    .filteredOn(k -> texts.getProperty(k).isBlank()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void noKeyIsDefinedTwice(Bundle bundle) throws IOException {
        for (String language : LANGUAGES) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(bundle.file(language), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as("keys defined twice in %s", bundle.file(language)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyTranslationTakesTheSameArguments(Bundle bundle) throws IOException {
        Properties english = load(bundle, "");
        for (String language : LANGUAGES) {
            Properties texts = load(bundle, language);
            for (String key : english.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern)).as("%s in %s", key, bundle.file(language))
                        .doesNotThrowAnyException();
                assertThat(BundleFiles.arguments(pattern)).as("arguments of %s in %s", key, bundle.file(language))
                        .isEqualTo(BundleFiles.arguments(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyTheCodeNamesExists(Bundle bundle) throws IOException {
        Set<String> named = BundleFiles.matches(bundle.use(), sources(bundle));
        assertThat(named).as("the code names no key of %s: is the pattern right?", bundle).isNotEmpty();
        for (String language : LANGUAGES) {
            assertThat(BundleFiles.difference(named, load(bundle, language).stringPropertyNames()))
                    .as("keys the code uses but %s lacks", bundle.file(language)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyIsUsed(Bundle bundle) throws IOException {
        Set<String> keys = load(bundle, "").stringPropertyNames();
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(BundleFiles.matches(LITERAL, sources(bundle)));
        for (String prefix : BundleFiles.matches(bundle.dynamicUse(), sources(bundle))) {
            unused.removeAll(builtFrom(prefix, bundle, keys));
        }
        assertThat(unused).as("keys of %s nothing uses", bundle).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyBuiltAtRunTimeIsAccountedFor(Bundle bundle) throws IOException {
        for (String prefix : BundleFiles.matches(bundle.dynamicUse(), sources(bundle))) {
            assertThat(bundle.enums()).as("the code builds keys of %s from \"%s\" + ...; list the prefix", bundle, prefix)
                    .containsKey(prefix);
            Set<String> keys = load(bundle, "").stringPropertyNames();
            assertThat(BundleFiles.difference(builtFrom(prefix, bundle, keys), keys))
                    .as("keys built from \"%s\" that %s lacks", prefix, bundle).isEmpty();
        }
    }

    /** The keys a prefix completes to: one per constant of its enum; for "enum." every constant of each enum named. */
    private static Set<String> builtFrom(String prefix, Bundle bundle, Set<String> keys) {
        Set<String> built = new TreeSet<>();
        if (prefix.equals("enum.")) {
            for (String key : keys) {
                if (key.startsWith(prefix)) {
                    String type = key.split("\\.")[1];
                    assertThat(enumsBySimpleName).as("no enum %s for key %s", type, key).containsKey(type);
                    enumsBySimpleName.get(type).forEach(c -> built.add(prefix + type + "." + c));
                }
            }
        } else if (bundle.enums().containsKey(prefix)) {
            String type = bundle.enums().get(prefix);
            assertThat(enumsBySimpleName).as("enum %s for prefix %s", type, prefix).containsKey(type);
            enumsBySimpleName.get(type).forEach(c -> built.add(prefix + c));
        }
        return built;
    }

    private static Properties load(Bundle bundle, String language) throws IOException {
        return BundleFiles.load(bundle.file(language));
    }

    private static String sources(Bundle bundle) throws IOException {
        return BundleFiles.concatenate(bundle.sources(), ".java");
    }
}
