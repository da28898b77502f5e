package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential.facts} item: where one figure came from. */
public record FactJson(String field, String source, @JsonInclude(Include.NON_NULL) String lastVerified,
                       @JsonInclude(Include.NON_NULL) String flag) {
}
