package io.upskillplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.upskillplanner.domain.InputRejectedException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExcerptAndWellFormedTextTest {

    @Test
    void anExcerptKeepsShortTextAndCutsLongTextToFortyCharacters() {
        assertThat(Excerpt.of("short")).isEqualTo("short");
        assertThat(Excerpt.of("x".repeat(40))).hasSize(40);
        assertThat(Excerpt.of("x".repeat(100_000))).isEqualTo("x".repeat(37) + "...");
    }

    @Test
    void anExcerptNeverSplitsACharacterNorPrintsControlsOrHalves() {
        String emojiAtTheCut = "x".repeat(36) + "\uD83D\uDE00" + "tail";
        assertThat(Excerpt.of(emojiAtTheCut)).isEqualTo("x".repeat(36) + "...");
        assertThat(Excerpt.of("a\nb\u0000c")).isEqualTo("a b c");
        assertThat(Excerpt.of("half \uD800 here")).isEqualTo("half   here");
        assertThat(Excerpt.of("whole \uD83D\uDE00")).isEqualTo("whole \uD83D\uDE00");
    }

    @Test
    void unpairedSurrogatesAreFoundWhereverTheyStand() {
        assertThat(WellFormedText.firstUnpairedSurrogate("plain")).isEqualTo(-1);
        assertThat(WellFormedText.firstUnpairedSurrogate("emoji \uD83D\uDE00")).isEqualTo(-1);
        assertThat(WellFormedText.firstUnpairedSurrogate("\uD800x")).isZero();
        assertThat(WellFormedText.firstUnpairedSurrogate("ab\uDC00")).isEqualTo(2);
        assertThat(WellFormedText.firstUnpairedSurrogate("end \uD83D")).isEqualTo(4);
    }

    @Test
    void theFirstIllFormedStringInATreeIsNamedByItsPointer() throws Exception {
        var tree = new ObjectMapper().readTree("{\"a\": [\"ok\", {\"b/c\": \"bad \\ud800\"}], \"d\": \"\\udfff\"}");

        WellFormedText.Problem problem = WellFormedText.firstProblem(tree);

        assertThat(problem.pointer()).isEqualTo("/a/1/b~1c");
        assertThat(problem.reason()).contains("'bad  '", "\\ud800", "character 5");
        assertThat(WellFormedText.firstProblem(new ObjectMapper().readTree("{\"ok\": \"\\ud83d\\ude00\"}"))).isNull();
    }

    @Test
    void aRejectionMessageStaysShortWhateverTheCallerQuotes() {
        InputRejectedException e = new InputRejectedException("file.json", "at /" + "p".repeat(10_000),
                "quotes " + "r".repeat(10_000_000));

        assertThat(e.place()).hasSize(200).endsWith("...");
        assertThat(e.reason()).hasSize(400).endsWith("...");
        assertThat(e.getMessage()).hasSizeLessThan(620).startsWith("file.json, at /ppp");
    }

    @Test
    void aJsonSyntaxErrorQuotesAtMostAnExcerptOfTheBadToken() {
        byte[] content = ("{\"format\": " + "x".repeat(1_000_000) + "}").getBytes(StandardCharsets.US_ASCII);

        Throwable thrown = Assertions.catchThrowable(() -> StrictJson.parse(new ImportFile(Path.of("bad.json"), content)));

        assertThat(thrown).isInstanceOf(InputRejectedException.class);
        InputRejectedException e = (InputRejectedException) thrown;
        assertThat(e.reason()).startsWith("is not valid JSON").contains("x".repeat(Excerpt.MAX_CHARS))
                .doesNotContain("x".repeat(Excerpt.MAX_CHARS + 1)).hasSizeLessThan(300);
    }

    @Test
    void aJsonStringWithHalfACharacterIsRefusedAtItsPointerWhileWholeOnesPass() {
        byte[] bad = "{\"name\": \"Lone \\ud800 surrogate\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] good = "{\"name\": \"Smile \\ud83d\\ude00\"}".getBytes(StandardCharsets.US_ASCII);

        Throwable thrown = Assertions.catchThrowable(() -> StrictJson.parse(new ImportFile(Path.of("bad.json"), bad)));

        assertThat(thrown).isInstanceOf(InputRejectedException.class).hasMessageContaining("at /name");
        assertThat(StrictJson.parse(new ImportFile(Path.of("good.json"), good)).path("name").textValue())
                .isEqualTo("Smile \uD83D\uDE00");
    }
}
