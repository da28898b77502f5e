package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.report.layout.PageFlow;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every page of two reports the way a viewer would and checks that nothing spills into
 * the side margins or below the text area. The pictures land in target/report-pages, where the
 * README's screenshots (docs/report/) were taken from.
 */
class ReportPagesTest {

    private static final float SCALE = 1.5f;

    @TempDir
    Path dir;

    @Test
    void noPageDrawsIntoItsMargins() throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(dir.resolve("data")))) {
            Profile client = app.store().profiles().findByName("Daniel Okafor").orElseThrow();
            Profile many = ReportFixtures.profileWithGoals(app.store(), ReportFixtures.UNICODE_NAME, 5, 10);
            for (Profile profile : new Profile[] {client, many}) {
                for (PaperSize paper : PaperSize.values()) {
                    Path pdf = dir.resolve(paper + ".pdf");
                    PlanReport.export(app.store(), new ChocoPlanSolver(), profile.id(),
                            ReportOptions.everything("Counselor Kim", ReportFixtures.TODAY).withPaper(paper), pdf,
                            ReportMonitor.NONE);
                    String name = (profile == client ? "client" : "unicode") + "-" + paper.name().toLowerCase();
                    checkPages(pdf, name);
                }
            }
        }
    }

    private static void checkPages(Path pdf, String name) throws Exception {
        Path folder = Path.of("target", "report-pages");
        Files.createDirectories(folder);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImage(i, SCALE, ImageType.RGB);
                ImageIO.write(image, "png", folder.resolve(name + "-" + (i + 1) + ".png").toFile());
                int margin = Math.round((PageFlow.MARGIN - 3) * SCALE);
                // The cover's colour band runs across the top edge on purpose.
                int fromRow = i == 0 ? Math.round(16 * SCALE) : 0;
                assertThat(inkIn(image, 0, margin, fromRow, image.getHeight()))
                        .as("%s page %d, left margin", name, i + 1).isZero();
                assertThat(inkIn(image, image.getWidth() - margin, image.getWidth(), fromRow, image.getHeight()))
                        .as("%s page %d, right margin", name, i + 1).isZero();
                // Between the text area and the footer rule.
                int bandTop = image.getHeight() - Math.round((PageFlow.MARGIN + 13) * SCALE);
                int bandBottom = image.getHeight() - Math.round((PageFlow.MARGIN + 6) * SCALE);
                assertThat(inkIn(image, 0, image.getWidth(), bandTop, bandBottom))
                        .as("%s page %d, above the footer", name, i + 1).isZero();
            }
        }
    }

    private static int inkIn(BufferedImage image, int x1, int x2, int y1, int y2) {
        int ink = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                if (darkest < 235) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
