package io.upskillplanner.security;

import static io.upskillplanner.security.HostileImports.assertShortRejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #18, first row: a cost, budget or weekly-hours field of {@code 1e99999999} or
 * {@code 1e-99999999} (a dozen bytes) hung the import past 120 s in BigDecimal scale arithmetic.
 * Now it is refused at once, in every format that reads numbers, and nothing changes.
 */
class HugeExponentNumbersTest {

    @TempDir
    static Path dir;

    private static HostileImports cli;
    private static String before;

    @BeforeAll
    static void seed() throws IOException {
        cli = new HostileImports(dir);
        before = cli.snapshot();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            /credentials/0/costs/tuition, 1e99999999
            /credentials/0/costs/tuition, 1e-99999999
            /profile/budget/amount,       1e99999999
            /profile/budget/amount,       1e-99999999
            /profile/weeklyHours,         1e99999999
            /profile/weeklyHours,         1e-99999999
            """)
    void aPlanFileNumberWithAHugeExponentIsRefusedAtOnceNamingItsRange(String pointer, String number)
            throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("plan-" + pointer.replace('/', '_') + number + ".json"),
                cli.planFile(), pointer, number);

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at " + pointer);
        assertThat(result.err()).containsPattern("must be (a|a whole) number from .* to ");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aCatalogCsvCostWithAHugeExponentIsRefusedAtItsCell() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), "title,provider,kind,currency,format,pacing,tuition\r\n"
                + "A,B,BADGE,EUR,ONLINE,COHORT,1e99999999\r\n", StandardCharsets.UTF_8);

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "line 2, column 29");
        assertThat(result.err()).contains("'1e99999999' is not a valid tuition; it must be a number from");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aCtdlPriceWithAHugeExponentIsRefusedAtItsPointer() throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("ctdl.json"), new ObjectMapper().readTree(
                Samples.file("ctdl/credentialregistry_credential_3_import_COTA.json").toFile()),
                "/ceterms:renewal/0/ceterms:estimatedCost/0/ceterms:price", "1e-99999999");

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "/ceterms:renewal/0/ceterms:estimatedCost/0/ceterms:price");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void anEdcCreditPointWithAHugeExponentIsRefusedAtItsPointer() throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("edc.jsonld"), new ObjectMapper().readTree(
                Samples.file("europass-elm/elm-v3_Sample-MC-Annex1-unsigned.jsonld").toFile()),
                "/credentialSubject/hasClaim/specifiedBy/creditPoint/point", "\"1e99999999\"");

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "/specifiedBy/creditPoint/point");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void anOpenBadgeCreditCountWithAHugeExponentIsRefusedAtItsPointer() throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("badge.json"), new ObjectMapper().readTree(
                Samples.file("openbadges3/mynextid_open-badge-mc-example.json").toFile()),
                "/credentialSubject/achievement/creditsAvailable", "1e99999999");

        HostileImports.Result result = assertTimeoutPreemptively(HostileImports.NO_HANG,
                () -> cli.run("import", file.toString(), "--profile", HostileImports.PROFILE));

        assertShortRejection(result, file, "/credentialSubject/achievement/creditsAvailable");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
