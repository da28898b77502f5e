package io.upskillplanner.domain.decide;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Recognition;

/** Recognition: the stored 0–5 level for the goal's target industry, quoting the evidence. */
final class RecognitionRule {

    private RecognitionRule() {
    }

    static Rating rate(Credential credential, String targetIndustry) {
        if (targetIndustry == null || targetIndustry.isBlank()) {
            return new Rating(0, "The goal names no target industry, so recognition cannot be judged");
        }
        Recognition recognition = credential.recognitionIn(targetIndustry.strip());
        String evidence = recognition.evidence() == null || recognition.evidence().isBlank()
                ? "no evidence recorded"
                : "evidence: " + recognition.evidence().strip();
        return new Rating(recognition.level(),
                "Recognition in " + targetIndustry.strip() + ": " + recognition.level() + "/5 — " + evidence);
    }
}
