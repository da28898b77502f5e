package io.upskillplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.AppServices;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.solver.ChocoPlanSolver;
import io.upskillplanner.store.DataFolder;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview's pictures of a report: one per page of the exported PDF, in the paper's shape, with ink on them. */
class ReportPreviewTest {

    @TempDir
    Path dir;

    private AppServices app;
    private Profile client;

    @BeforeEach
    void open() throws Exception {
        app = AppServices.open(new DataFolder(dir.resolve("data")));
        client = app.store().profiles().findByName("Daniel Okafor").orElseThrow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            A4,     1.4142
            LETTER, 1.2941
            """)
    void givesOnePictureOfThePapersShapePerExportedPage(PaperSize paper, double heightPerWidth) throws Exception {
        ReportOptions options = ReportOptions.everything("Counselor Kim", ReportFixtures.TODAY).withPaper(paper);
        Path pdf = dir.resolve(paper + ".pdf");
        PlanReport.export(app.store(), new ChocoPlanSolver(), client.id(), options, pdf, ReportMonitor.NONE);
        List<BufferedImage> pages = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();

        int count = ReportPreview.render(app.store(), new ChocoPlanSolver(), client.id(), options, ReportPreview.SCALE,
                ReportMonitor.NONE,
                (index, pageCount, page) -> {
                    assertThat(index).isEqualTo(pages.size());
                    counts.add(pageCount);
                    pages.add(page);
                });

        try (PDDocument exported = Loader.loadPDF(pdf.toFile())) {
            assertThat(count).isEqualTo(exported.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(pages).hasSize(count);
        assertThat(counts).containsOnly(count);
        float width = (paper == PaperSize.A4 ? 595.28f : 612f) * ReportPreview.SCALE;
        for (BufferedImage page : pages) {
            assertThat(page.getWidth()).isCloseTo(Math.round(width), Offset.offset(1));
            assertThat((double) page.getHeight() / page.getWidth())
                    .isCloseTo(heightPerWidth, Offset.offset(0.005));
            assertThat(inkShare(page)).as("share of non-white pixels").isGreaterThan(0.002);
        }
    }

    @Test
    void aCancelStopsBetweenPagesAndKeepsThePagesAlreadyDrawn() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportOptions options = ReportOptions.everything("", ReportFixtures.TODAY);
        PlanReport.render(new ReportLoader(app.store(), new ChocoPlanSolver()).load(client.id(), options,
                ReportMonitor.NONE), options, pdf, ReportMonitor.NONE);
        List<BufferedImage> pages = new ArrayList<>();
        boolean[] cancelled = {false};
        ReportMonitor cancelAfterFirst = new ReportMonitor() {
            @Override
            public void progress(double done) {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };

        assertThatThrownBy(() -> ReportPreview.rasterize(pdf.toByteArray(), 1f, cancelAfterFirst,
                (index, count, page) -> pages.add(page))).isInstanceOf(ReportCancelledException.class);
        assertThat(pages).hasSize(1);
    }

    /** Share of pixels that are clearly not white paper: text, rules, charts. */
    private static double inkShare(BufferedImage page) {
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int darkest = Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
                if (darkest < 200) {
                    ink++;
                }
            }
        }
        return ink / (double) (page.getWidth() * page.getHeight());
    }
}
