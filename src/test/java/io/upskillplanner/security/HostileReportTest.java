package io.upskillplanner.security;

import static io.upskillplanner.security.Hostile.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Text from someone else's file on the way into a PDF. */
class HostileReportTest {

    @TempDir
    Path root;

    @Test
    // A guard against a hang, not a measure of speed: the quadratic breaking took minutes here.
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aTwentyThousandCharacterFieldWithoutSpacesIsBrokenIntoLinesWithoutHangingTheExport() throws IOException {
        Path dataDir = root.resolve("data");
        Path plan = root.resolve("plan.json");
        ObjectMapper json = new ObjectMapper();
        assertThat(run("--data-dir", dataDir.toString(), "export", "json", "--profile", Hostile.PROFILE, "--out",
                plan.toString()).code()).isZero();
        ObjectNode file = (ObjectNode) json.readTree(plan.toFile());
        String word = "Lorem".repeat(4_000);
        ((ObjectNode) file.path("profile")).put("notes", word);
        ((ObjectNode) file.path("profile").path("goals").get(0)).put("notes", word);
        json.writeValue(plan.toFile(), file);
        assertThat(run("--data-dir", dataDir.toString(), "import", plan.toString()).code()).isZero();
        Path pdf = root.resolve("report.pdf");

        long start = System.nanoTime();
        Hostile.Result result = run("--data-dir", dataDir.toString(), "export", "pdf", "--profile", Hostile.PROFILE,
                "--out", pdf.toString());
        System.out.printf("export pdf with two 20,000-character words: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("LoremLoremLorem");
        }
    }
}
