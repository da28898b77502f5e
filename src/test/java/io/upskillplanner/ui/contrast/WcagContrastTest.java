package io.upskillplanner.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contrast arithmetic against pairs whose ratios WCAG and common checkers publish. */
class WcagContrastTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            '#000000', '#ffffff', 21.0
            '#ffffff', '#000000', 21.0
            '#777777', '#ffffff', 4.48
            '#767676', '#ffffff', 4.54
            '#595959', '#ffffff', 7.00
            '#0000ff', '#ffffff', 8.59
            '#ff0000', '#ffffff', 4.00
            '#123456', '#123456', 1.0
            """)
    void ratioMatchesPublishedValues(String foreground, String background, double expected) {
        assertThat(WcagContrast.ratio(Color.web(foreground), Color.web(background))).isCloseTo(expected, within(0.01));
    }

    @Test
    void luminanceRunsFromZeroForBlackToOneForWhite() {
        assertThat(WcagContrast.luminance(Color.BLACK)).isZero();
        assertThat(WcagContrast.luminance(Color.WHITE)).isCloseTo(1.0, within(1e-6));
        // Green weighs most, blue least.
        assertThat(WcagContrast.luminance(Color.rgb(0, 255, 0))).isCloseTo(0.7152, within(1e-4));
        assertThat(WcagContrast.luminance(Color.rgb(0, 0, 255))).isCloseTo(0.0722, within(1e-4));
    }

    @Test
    void halfTransparentBlackOverWhiteIsMidGrey() {
        Color grey = WcagContrast.over(Color.color(0, 0, 0, 0.5), Color.WHITE);

        assertThat(grey.getRed()).isCloseTo(0.5, within(1e-6));
        assertThat(grey.getOpacity()).isEqualTo(1.0);
        assertThat(WcagContrast.over(Color.TRANSPARENT, Color.WHITE)).isEqualTo(Color.WHITE);
        assertThat(WcagContrast.over(Color.RED, Color.WHITE)).isEqualTo(Color.RED);
    }

    @Test
    void fadingAGroupBlendsItsResultWithWhatWasBelow() {
        Color faded = WcagContrast.fade(Color.WHITE, Color.BLACK, 0.4);

        assertThat(faded.getRed()).isCloseTo(0.6, within(1e-6));
        assertThat(WcagContrast.fade(Color.WHITE, Color.BLACK, 1)).isEqualTo(Color.BLACK);
        assertThat(WcagContrast.fade(Color.WHITE, Color.BLACK, 0)).isEqualTo(Color.WHITE);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            14,    false, false, 4.5
            23.9,  false, false, 4.5
            24,    false, true,  3.0
            18.66, true,  true,  3.0
            18.6,  true,  false, 4.5
            18.66, false, false, 4.5
            """)
    void largeTextIsEighteenPointOrFourteenPointBold(double px, boolean bold, boolean large, double required) {
        assertThat(WcagContrast.isLargeText(px, bold)).isEqualTo(large);
        assertThat(WcagContrast.requiredForText(px, bold)).isEqualTo(required);
    }

    @Test
    void hexNamesTheColourAndItsAlphaWhenNotOpaque() {
        assertThat(WcagContrast.hex(Color.web("#0969da"))).isEqualTo("#0969da");
        assertThat(WcagContrast.hex(Color.web("#0969da", 0.4))).isEqualTo("#0969da66");
    }
}
