package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code skill}: what a credential or a badge gives. */
public record SkillJson(String label, @JsonInclude(Include.NON_NULL) String uri) {
}
