package io.upskillplanner.domain.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.StandardIndustry;

import org.junit.jupiter.api.Test;

/** Standard industries read in the reader's language; industries a user typed stay as typed. */
class IndustryNamesTest {

    @Test
    void aStandardIndustryIsTranslatedWhateverItsCase() {
        assertThat(IndustryNames.text("Technology", Locale.GERMAN)).isEqualTo("Technologie");
        assertThat(IndustryNames.text(" healthcare ", Locale.GERMAN)).isEqualTo("Gesundheitswesen");
        assertThat(IndustryNames.text("Business & Finance", Locale.ENGLISH)).isEqualTo("Business & Finance");
    }

    @Test
    void anIndustryTheUserTypedStaysAsTyped() {
        assertThat(IndustryNames.text("Maritime robotics", Locale.GERMAN)).isEqualTo("Maritime robotics");
        assertThat(IndustryNames.text("Café {0} 'n' more", Locale.GERMAN)).isEqualTo("Café {0} 'n' more");
        assertThat(IndustryNames.text(null, Locale.GERMAN)).isEmpty();
    }

    @Test
    void whatIsStoredIsTheStandardNameForATranslatedOneAndTheTextOtherwise() {
        assertThat(IndustryNames.stored("technologie", Locale.GERMAN)).isEqualTo("Technology");
        assertThat(IndustryNames.stored("Technology", Locale.GERMAN)).isEqualTo("Technology");
        assertThat(IndustryNames.stored(" Seefahrt ", Locale.GERMAN)).isEqualTo("Seefahrt");
        for (StandardIndustry industry : StandardIndustry.values()) {
            String german = IndustryNames.text(industry.storedName(), Locale.GERMAN);
            assertThat(IndustryNames.stored(german, Locale.GERMAN)).isEqualTo(industry.storedName());
        }
    }

    @Test
    void theRecognitionSentenceNamesTheIndustryInItsLanguageAndStaysEnglishForScripts() {
        Credential credential = Fixtures.credential("Cloud")
                .recognition(new Recognition("Technology", 4, "Employers ask for it")).build();

        Rating rating = RecognitionRule.rate(credential, "Technology");

        assertThat(rating.explanation().text(Locale.GERMAN)).startsWith("Anerkennung in Technologie: 4/5");
        assertThat(rating.explanation().english()).startsWith("Recognition in Technology: 4/5");
    }
}
