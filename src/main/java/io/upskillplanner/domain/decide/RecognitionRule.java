package io.upskillplanner.domain.decide;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Recognition;

/** Recognition: the stored 0–5 level for the goal's target industry, quoting the evidence. */
final class RecognitionRule {

    private RecognitionRule() {
    }

    static Rating rate(Credential credential, String targetIndustry) {
        if (targetIndustry == null || targetIndustry.isBlank()) {
            return new Rating(0, Phrase.of("recognition.noIndustry"));
        }
        Recognition recognition = credential.recognitionIn(targetIndustry.strip());
        Phrase evidence = recognition.evidence() == null || recognition.evidence().isBlank()
                ? Phrase.of("recognition.noEvidence")
                : Phrase.of("recognition.evidence", recognition.evidence().strip());
        return new Rating(recognition.level(),
                Phrase.of("recognition.level", IndustryNames.of(targetIndustry), recognition.level(), evidence));
    }
}
