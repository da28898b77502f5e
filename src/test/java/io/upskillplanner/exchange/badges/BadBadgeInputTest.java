package io.upskillplanner.exchange.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.exchange.ImportService;
import io.upskillplanner.exchange.ImportTarget;
import io.upskillplanner.store.Database;
import io.upskillplanner.store.Store;
import io.upskillplanner.store.StoreWithProfile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken badge files are rejected naming file, place and reason, and leave every table as it was. */
class BadBadgeInputTest {

    private static final String SIMPLE = "openbadges3/1edtech-validator_simple.json";

    @TempDir
    Path dir;

    private StoreWithProfile fixture;
    private Database database;
    private Store store;
    private Profile profile;

    @BeforeEach
    void open() {
        fixture = StoreWithProfile.open(dir, "Ana", "100");
        database = fixture.database();
        store = fixture.store();
        profile = fixture.profile();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : database.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME").getValues(0, String.class)) {
            counts.put(table, database.dsl().fetchOne("SELECT COUNT(*) FROM \"" + table + "\"").get(0, Integer.class));
        }
        return counts;
    }

    private InputRejectedException rejected(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Map<String, Integer> before = rowCounts();
        var thrown = assertThatThrownBy(() -> new ImportService(store, BadgeFixtures.importers())
                .importFiles(List.of(file), new ImportTarget(profile))).isInstanceOf(InputRejectedException.class)
                .actual();
        assertThat(rowCounts()).isEqualTo(before);
        InputRejectedException e = (InputRejectedException) thrown;
        assertThat(e.source()).endsWith(name);
        return e;
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(BadgeFixtures.samples().resolve(name));
    }

    private static String simpleText() throws Exception {
        return new String(sample(SIMPLE), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma     | "name": "Teamwork Badge",                    | "name": "Teamwork Badge",,                | line
            unclosed string    | "name": "Teamwork Badge",                    | "name": "Teamwork Badge,                  | line
            text is a number   | "description": "This badge                   | "description": 42, "x": "This badge        | /credentialSubject/achievement/description
            issuer is a number | "issuer": {                                  | "issuer": 7, "x": {                       | /issuer
            bad date           | "validFrom": "2010-01-01T00:00:00Z"          | "validFrom": "first of January"           | /validFrom
            unknown VC version | "https://www.w3.org/ns/credentials/v2",      | "https://example.org/credentials/v9",     | /@context
            not a badge type   | "OpenBadgeCredential"                        | "OpenBadgeCredentialX"                    | /type
            negative credits   | "criteria": {                                | "creditsAvailable": -3, "criteria": {      | /creditsAvailable
            """)
    void malformedOrWronglyTypedJsonIsRejectedWithItsPlace(String name, String find, String replace, String place)
            throws Exception {
        String text = simpleText();
        assertThat(text).contains(find);
        InputRejectedException e = rejected(name.replace(' ', '-') + ".json",
                text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(e.place()).contains(place);
        assertThat(e.reason()).isNotBlank();
    }

    @Test
    void deeplyNestedJsonIsRejected() throws Exception {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        InputRejectedException e = rejected("deep.json", simpleText().replace("\"name\": \"Teamwork Badge\"",
                "\"name\": \"Teamwork Badge\", \"deep\": " + nested).getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).contains("not valid JSON").contains("depth");
    }

    @Test
    void invalidUtf8IsRejected() throws Exception {
        byte[] text = simpleText().getBytes(StandardCharsets.UTF_8);
        int at = new String(text, StandardCharsets.ISO_8859_1).indexOf("Teamwork");
        text[at] = (byte) 0xC3;
        text[at + 1] = (byte) 0x28;
        assertThat(rejected("latin.json", text).reason()).contains("UTF-8");
    }

    @Test
    void pngWithABadCrcIsRejectedNamingTheChunk() throws Exception {
        byte[] png = sample("openbadges3/1edtech-validator_simple-json.png");
        int itxt = indexOf(png, "iTXt");
        png[itxt + 30] ^= 0x01;
        InputRejectedException e = rejected("bad-crc.png", png);
        assertThat(e.place()).contains("(iTXt)", "at byte " + (itxt - 4));
        assertThat(e.reason()).contains("CRC");
    }

    @Test
    void truncatedPngIsRejected() throws Exception {
        byte[] png = sample("openbadges3/1edtech-validator_simple-json.png");
        int itxt = indexOf(png, "iTXt");
        InputRejectedException e = rejected("cut.png", Arrays.copyOf(png, itxt + 200));
        assertThat(e.place()).contains("(iTXt)");
        assertThat(e.reason()).contains("truncated");
    }

    @Test
    void pngWhoseBakedJsonIsBrokenIsRejectedInsideTheChunk() throws Exception {
        byte[] png = pngWithText("openbadgecredential", "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"");
        InputRejectedException e = rejected("broken-json.png", png);
        assertThat(e.place()).contains("keyword 'openbadgecredential'", "line 1");
        assertThat(e.reason()).contains("not valid JSON");
    }

    @Test
    void pngWithInvalidUtf8InItsChunkIsRejected() throws Exception {
        byte[] text = simpleText().getBytes(StandardCharsets.UTF_8);
        text[10] = (byte) 0xFF;
        byte[] png = pngWithText("openbadgecredential", new String(text, StandardCharsets.ISO_8859_1));
        assertThat(rejected("utf8.png", png).reason()).contains("UTF-8");
    }

    @Test
    void svgThatIsNotWellFormedIsRejectedWithLineAndColumn() throws Exception {
        String svg = new String(sample("openbadges3/1edtech-validator_simple-json.svg"), StandardCharsets.UTF_8)
                .replace("</openbadges:credential>", "</openbadges:credentia>");
        InputRejectedException e = rejected("broken.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(e.place()).startsWith("line ");
        assertThat(e.reason()).contains("not well-formed XML");
    }

    @Test
    void svgWithAnExternalEntityIsRejectedAndNeverReadsTheEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<openbadges:credential>&xxe;</openbadges:credential></svg>";
        InputRejectedException e = rejected("xxe.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two parts        | eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319                                  | has 2 parts
            four parts       | eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.AAAA.BBBB                        | has 4 parts
            bad base64       | eyJhbGciOiJFZERTQSJ9.eyJ2Yy*6e319.AAAA                             | not base64url
            header not json  | eyJhbGciOiJFZERTQSJ.eyJ2YyI6e319.AAAA                              | not valid JSON
            header no alg    | eyJ0eXAiOiJKV1QifQ.eyJ2YyI6e319.AAAA                               | alg
            """)
    void brokenJwtIsRejectedNamingThePart(String name, String token, String reason) throws Exception {
        InputRejectedException e = rejected(name.replace(' ', '-') + ".jwt", token.getBytes(StandardCharsets.US_ASCII));
        assertThat(e.getMessage()).contains(reason);
    }

    @Test
    void ob2AssertionWhoseBadgeClassIsNowhereOfflineIsRejected() throws Exception {
        String assertion = new String(sample("openbadges2/1edtech-validator_basic-assertion.json"),
                StandardCharsets.UTF_8);
        InputRejectedException e = rejected("lonely-assertion.json", assertion.getBytes(StandardCharsets.UTF_8));
        assertThat(e.place()).isEqualTo("at /badge");
        assertThat(e.reason()).contains("https://example.org/robotics-badge.json", "fetched online");
    }

    private static int indexOf(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    /** A minimal valid PNG (signature, IHDR, iTXt, IEND) carrying this text. */
    private static byte[] pngWithText(String keyword, String latin1Text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).array());
        ByteArrayOutputStream itxt = new ByteArrayOutputStream();
        itxt.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        itxt.writeBytes(new byte[] {0, 0, 0, 0, 0});
        itxt.writeBytes(latin1Text.getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", itxt.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
