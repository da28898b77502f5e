package io.upskillplanner.security;

import static io.upskillplanner.security.HostileImports.assertShortRejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.upskillplanner.exchange.Samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #18, sixth row: a name holding {@code \ud800} (half of a character) was stored, printed as
 * "Lone ? surrogate" and could never be named with --profile again. Every string read from a file
 * must now be well-formed UTF-16.
 */
class UnpairedSurrogateTest {

    @TempDir
    static Path dir;

    private static HostileImports cli;
    private static String before;

    @BeforeAll
    static void seed() throws IOException {
        cli = new HostileImports(dir);
        before = cli.snapshot();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lone \\ud800 surrogate", "Lone \\udc00 low half", "Reversed \\ude00\\ud83d pair",
            "At the end \\ud83d"})
    void aProfileNameWithHalfACharacterIsRefusedAtItsPointer(String escaped) throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("name-" + escaped.hashCode() + ".json"), cli.planFile(),
                "/profile/name", "\"" + escaped + "\"");

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at /profile/name");
        assertThat(result.err()).contains("holds half a character");
        assertThat(result.err().chars().filter(c -> Character.isSurrogate((char) c)).count()).as("the message prints").isZero();
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aMemberNameWithHalfACharacterIsRefusedToo() throws IOException {
        Path file = Files.writeString(dir.resolve("member.json"), new ObjectMapper().writeValueAsString(cli.planFile())
                .replaceFirst("\\{", "{\"x\\\\ud800\": 1, "));

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at /x");
        assertThat(result.err()).contains("the member name");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aCtdlCredentialNameWithHalfACharacterIsRefused() throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("ctdl.json"), new ObjectMapper().readTree(
                Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json").toFile()),
                "/ceterms:name", "\"COTA \\udfff\"");

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at /ceterms:name");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void anOpenBadgeNameWithHalfACharacterIsRefused() throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("badge.json"), new ObjectMapper().readTree(
                Samples.file("openbadges3/mynextid_open-badge-mc-example.json").toFile()),
                "/credentialSubject/achievement/name", "\"Data \\ud800 Science\"");

        HostileImports.Result result = cli.run("import", file.toString(), "--profile", HostileImports.PROFILE);

        assertShortRejection(result, file, "at /credentialSubject/achievement/name");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aSurrogateEncodedAsUtf8BytesInACsvIsRefusedAsInvalidUtf8() throws IOException {
        byte[] header = "title,provider,kind,currency,format,pacing\r\nLone ".getBytes(StandardCharsets.UTF_8);
        byte[] rest = ",B,BADGE,EUR,ONLINE,COHORT\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[header.length + 3 + rest.length];
        System.arraycopy(header, 0, content, 0, header.length);
        // ED A0 80 is how CESU-8 writes U+D800: half a character, which strict UTF-8 does not decode.
        content[header.length] = (byte) 0xED;
        content[header.length + 1] = (byte) 0xA0;
        content[header.length + 2] = (byte) 0x80;
        System.arraycopy(rest, 0, content, header.length + 3, rest.length);
        Path file = Files.write(dir.resolve("cesu.csv"), content);

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "line 2, byte");
        assertThat(result.err()).contains("not valid UTF-8");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
