package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential.recognition} item: how one industry regards the credential. */
public record RecognitionJson(String industry, @Bounded(Bound.LEVEL) Integer level,
                              @JsonInclude(Include.NON_NULL) String evidence) {
}
