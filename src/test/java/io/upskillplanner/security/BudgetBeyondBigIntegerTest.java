package io.upskillplanner.security;

import static io.upskillplanner.security.HostileImports.assertShortRejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18, third row: {@code 1e999999999} in a budget ended with exit 1 and "BigInteger would
 * overflow supported range", naming neither file nor place. Now it is input rejected (exit 3) at its pointer.
 */
class BudgetBeyondBigIntegerTest {

    @TempDir
    Path dir;

    @Test
    void aBudgetBeyondWhatBigIntegerHoldsIsInputRejectedNamingTheFileAndThePlace() throws IOException {
        HostileImports cli = new HostileImports(dir);
        String before = cli.snapshot();
        Path file = HostileImports.withRawValue(dir.resolve("budget.json"), cli.planFile(), "/profile/budget/amount",
                "1e999999999");

        HostileImports.Result result = cli.importWithinTime(file);

        assertShortRejection(result, file, "at /profile/budget/amount");
        assertThat(result.err()).doesNotContain("BigInteger", "Details are in the log")
                .contains("with at most 4 decimals (an amount), found '1E+999999999'");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
