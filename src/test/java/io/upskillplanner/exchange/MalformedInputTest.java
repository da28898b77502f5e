package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.upskillplanner.Main;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.DataFolder;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every importer rejects broken input with the file, the place and the reason, and an import
 * that includes a broken file changes nothing, even when a good file comes before it.
 */
class MalformedInputTest {

    private static final String CORPUS = "/io/upskillplanner/exchange/malformed/";
    /** Wrappers that make each importer recognise a broken document, so its own parser meets the error. */
    private static final Map<String, String[]> ENVELOPES = Map.of(
            "plan", new String[] {"{\"format\": \"upskill-planner-plan\", \"formatVersion\": 1, \"profile\": ", "}"},
            "ctdl", new String[] {"{\"@type\": \"ceterms:Certification\", \"ceterms:name\": ", "}"},
            "edc", new String[] {"{\"type\": [\"VerifiableCredential\", \"EuropeanDigitalCredential\"], "
                    + "\"credentialSubject\": ", "}"},
            "onet", new String[] {"{\"@graph\": [{\"@type\": \"ceasn:CompetencyFramework\"}, ", "]}"});

    @TempDir
    static Path dir;

    private static Database database;
    private static Store store;
    private static Map<String, Integer> countsBefore;

    @BeforeAll
    static void openSeededDatabase() {
        database = Database.openH2(new DataFolder(dir.resolve("data")));
        store = new Store(database);
        new DemoSeeder(store).seedIfNew();
        new ImportService(store, Importers.standard()).importFiles(
                List.of(Samples.file("esco/esco-v1.1.1_digCompSkillsCollection_en.csv")), ImportTarget.CATALOG_ONLY);
        countsBefore = store.transfer().rowCounts();
        assertThat(countsBefore.get("credential")).isPositive();
        assertThat(countsBefore.get("skill")).isEqualTo(26);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> malformedJson() throws IOException, URISyntaxException {
        Path corpus = Path.of(MalformedInputTest.class.getResource(CORPUS).toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                String name = file.getFileName().toString().replace(".json", "");
                cases.add(Arguments.of(name + " (bare)", content));
                ENVELOPES.forEach((format, envelope) -> cases.add(Arguments.of(name + " (in " + format + ")",
                        concat(envelope[0].getBytes(StandardCharsets.UTF_8), content,
                                envelope[1].getBytes(StandardCharsets.UTF_8)))));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJson")
    void malformedJsonIsRejectedAtItsLineAndColumnAndChangesNothing(String name, byte[] content) throws IOException {
        InputRejectedException e = rejectAfterAGoodFile(name, content);

        assertThat(e.place()).as(e.getMessage()).matches("line \\d+, column \\d+");
        assertThat(e.reason()).startsWith("is not valid JSON");
    }

    static Stream<Arguments> otherBadInput() {
        String plan = "{\"format\": \"upskill-planner-plan\", \"formatVersion\": 1, ";
        String profile = "\"profile\": {\"id\": \"6a1f8b0e-0000-4000-8000-000000000001\", \"name\": \"X\", "
                + "\"kind\": \"SELF\", \"budget\": {\"amount\": 100, \"currency\": \"EUR\"}, ";
        return Stream.of(
                Arguments.of("deeply nested", ("{\"format\": \"upskill-planner-plan\", \"x\": " + "[".repeat(250)
                        + "]".repeat(250) + "}").getBytes(StandardCharsets.UTF_8), "line 1, column", "nesting depth"),
                Arguments.of("invalid UTF-8", concat((plan + "\"profile\": \"").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.UTF_8)),
                        "line 1, byte", "not valid UTF-8"),
                Arguments.of("unknown format version", "{\"format\": \"upskill-planner-plan\", \"formatVersion\": 7}"
                        .getBytes(StandardCharsets.UTF_8), "at /formatVersion", "formatVersion 7 is not supported"),
                Arguments.of("version as text", "{\"format\": \"upskill-planner-plan\", \"formatVersion\": \"1\"}"
                        .getBytes(StandardCharsets.UTF_8), "at /formatVersion", "whole number"),
                Arguments.of("weekly hours as text", (plan + profile + "\"weeklyHours\": \"six\"}, \"providers\": [], "
                        + "\"credentials\": []}").getBytes(StandardCharsets.UTF_8), "at /profile/weeklyHours",
                        "must be a number"),
                Arguments.of("goals not an array", (plan + profile + "\"weeklyHours\": 6, \"goals\": {}}, "
                        + "\"providers\": [], \"credentials\": []}").getBytes(StandardCharsets.UTF_8),
                        "at /profile/goals", "must be an array"),
                Arguments.of("negative tuition", (plan + profile + "\"weeklyHours\": 6}, \"providers\": [], "
                        + "\"credentials\": [{\"id\": \"6a1f8b0e-0000-4000-8000-000000000002\", \"title\": \"T\", "
                        + "\"kind\": \"BADGE\", \"format\": \"ONLINE\", \"pacing\": \"COHORT\", \"costs\": "
                        + "{\"tuition\": -5, \"currency\": \"EUR\"}}]}").getBytes(StandardCharsets.UTF_8),
                        "at /credentials/0/costs", "tuition must not be negative"),
                Arguments.of("unknown enum", (plan + profile.replace("\"SELF\"", "\"ROBOT\"") + "\"weeklyHours\": 6}, "
                        + "\"providers\": []}").getBytes(StandardCharsets.UTF_8), "at /profile/kind", "must be one of"),
                Arguments.of("ctdl without a name", "{\"@type\": \"ceterms:Certificate\", \"ceterms:ctid\": \"ce-1\"}"
                        .getBytes(StandardCharsets.UTF_8), "at /ceterms:name", "needs a name"),
                Arguments.of("edc without a claim", ("{\"id\": \"urn:x\", \"type\": [\"EuropeanDigitalCredential\"], "
                        + "\"credentialSubject\": {}}").getBytes(StandardCharsets.UTF_8),
                        "at /credentialSubject/hasClaim", "no learning achievement"),
                Arguments.of("onet graph not an array", "{\"@type\": \"ceasn:CompetencyFramework\", \"@graph\": 5}"
                        .getBytes(StandardCharsets.UTF_8), "at /@graph", "must be the array"),
                Arguments.of("JSON of no known format", "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8),
                        null, "no format this app reads"),
                Arguments.of("catalog CSV with an unknown column", "title,provider,kind,currency,format,pacing,colour\r\n"
                        .getBytes(StandardCharsets.UTF_8), "line 1, column 44", "'colour' is not a catalog CSV column"),
                Arguments.of("catalog CSV missing a required column", "title,provider,kind,currency\r\nA,B,BADGE,EUR\r\n"
                        .getBytes(StandardCharsets.UTF_8), "line 1", "required column 'format'"),
                Arguments.of("catalog CSV with a bad number", ("title,provider,kind,currency,format,pacing,tuition\r\n"
                        + "A,B,BADGE,EUR,ONLINE,COHORT,12x\r\n").getBytes(StandardCharsets.UTF_8), "line 2, column 29",
                        "'12x' is not a valid tuition"),
                Arguments.of("catalog CSV with an unclosed quote", ("title,provider,kind,currency,format,pacing\r\n"
                        + "\"A,B,BADGE,EUR,ONLINE,COHORT\r\n").getBytes(StandardCharsets.UTF_8), "line 2, column 1",
                        "never closed"),
                Arguments.of("catalog CSV with a short row", ("title,provider,kind,currency,format,pacing\r\n"
                        + "A,B,BADGE\r\n").getBytes(StandardCharsets.UTF_8), "line 2", "has 3 cells"),
                Arguments.of("ESCO CSV without conceptUri", "conceptType,preferredLabel\nKnowledgeSkillCompetence,x\n"
                        .getBytes(StandardCharsets.UTF_8), "line 1", "'conceptUri' is missing"),
                Arguments.of("empty file", new byte[0], null, "no format this app reads"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherBadInput")
    void badInputIsRejectedWithPlaceAndReasonAndChangesNothing(String name, byte[] content, String place,
                                                              String reason) throws IOException {
        InputRejectedException e = rejectAfterAGoodFile(name, content);

        if (place != null) {
            assertThat(e.place()).as(e.getMessage()).startsWith(place);
        }
        assertThat(e.reason()).as(e.getMessage()).contains(reason);
    }

    @Test
    void aStringLongerThanTheLimitIsRejected() throws IOException {
        byte[] content = ("{\"format\": \"upskill-planner-plan\", \"x\": \"" + "a".repeat(StrictJson.MAX_STRING_LENGTH + 1)
                + "\"}").getBytes(StandardCharsets.US_ASCII);

        InputRejectedException e = rejectAfterAGoodFile("huge string", content);

        assertThat(e.place()).startsWith("line 1, column");
        assertThat(e.reason()).contains("String value length");
    }

    @Test
    void theCommandLineExitsWithThreeAndNamesTheFile() throws IOException {
        Path bad = dir.resolve("cli-bad.json");
        Files.write(bad, "{\"format\": \"upskill-planner-plan\", \"formatVersion\": 1, \"profile\": [1,]}"
                .getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "--data-dir", dir.resolve("cli").toString(),
                "import", bad.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains(bad.toString()).contains("line 1, column").contains("is not valid JSON");
    }

    private static InputRejectedException rejectAfterAGoodFile(String name, byte[] content) throws IOException {
        Path bad = dir.resolve(name.replaceAll("[^A-Za-z0-9_]+", "_") + ".input");
        Files.write(bad, content);
        Path good = Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json");
        ImportService service = new ImportService(store, Importers.standard());

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                service.importFiles(List.of(good, bad), ImportTarget.CATALOG_ONLY));

        assertThat(thrown).as(name).isInstanceOf(InputRejectedException.class);
        InputRejectedException e = (InputRejectedException) thrown;
        assertThat(e.source()).isEqualTo(bad.toString());
        assertThat(store.transfer().rowCounts()).as("row counts after " + name).isEqualTo(countsBefore);
        return e;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
