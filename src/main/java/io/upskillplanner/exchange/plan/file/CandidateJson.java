package io.upskillplanner.exchange.plan.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The schema's {@code candidate}. */
public record CandidateJson(
        String id,
        String credentialId,
        String status,
        @JsonInclude(Include.NON_NULL) String plannedStart,
        @Bounded(Bound.ORDER) Integer order,
        @JsonInclude(Include.NON_NULL) String note,
        @JsonInclude(Include.NON_NULL) String createdAt,
        @JsonInclude(Include.NON_NULL) String updatedAt) {
}
