package io.upskillplanner.security;

import static io.upskillplanner.security.HostileImports.assertShortRejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #18, second row: {@code -1e99999999} in tuition was refused, but the message printed the
 * number in full (100 MB to 1 GB of text, 5.4 GB of memory). Now the message is a line long.
 */
class HugeNegativeTuitionTest {

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
    @ValueSource(strings = {"-1e99999999", "-1e999999999"})
    void aHugeNegativeTuitionInAPlanFileIsRefusedInOneShortLine(String number) throws IOException {
        Path file = HostileImports.withRawValue(dir.resolve("plan" + number + ".json"), cli.planFile(),
                "/credentials/0/costs/tuition", number);

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at /credentials/0/costs/tuition");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("found '" + number.toUpperCase().replace("E", "E+") + "'");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1e99999999", "-1e999999999"})
    void aHugeNegativeTuitionInACatalogCsvIsRefusedInOneShortLine(String number) throws IOException {
        Path file = Files.writeString(dir.resolve("catalog" + number + ".csv"),
                "title,provider,kind,currency,format,pacing,tuition\r\nA,B,BADGE,EUR,ONLINE,COHORT," + number + "\r\n",
                StandardCharsets.UTF_8);

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "line 2, column 29");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
