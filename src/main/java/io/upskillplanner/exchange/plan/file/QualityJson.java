package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code credential.quality}. */
public record QualityJson(
        @JsonInclude(Include.NON_NULL) String accreditationBody,
        @JsonInclude(Include.NON_NULL) String curriculumStandard,
        @Bounded(Bound.LEVEL) Integer instructorExpertise,
        @Bounded(Bound.LEVEL) Integer careerSupport) {
}
