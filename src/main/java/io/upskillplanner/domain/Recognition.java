package io.upskillplanner.domain;

import java.util.Objects;

/** How well employers in one industry recognise a credential, 0 (unknown there) to 5, with the evidence. */
public record Recognition(String industry, int level, String evidence) {

    public Recognition {
        Objects.requireNonNull(industry, "industry");
        if (level < 0 || level > 5) {
            throw new DomainRuleException("error.domain.recognitionLevel", level);
        }
    }
}
