package io.upskillplanner.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** A credential considered for one goal, with where it stands in the plan. */
public record Candidate(
        UUID id,
        UUID goalId,
        UUID credentialId,
        CandidateStatus status,
        LocalDate plannedStart,
        int order,
        String note,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        int version) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(status, "status");
    }

    public static Candidate create(UUID goalId, UUID credentialId, int order) {
        LocalDateTime now = LocalDateTime.now();
        return new Candidate(UUID.randomUUID(), goalId, credentialId, CandidateStatus.CONSIDERING, null, order,
                null, now, now, 0);
    }

    /** Chosen, enrolled and completed candidates make up the plan; the others are only being looked at. */
    public boolean isInPlan() {
        return status == CandidateStatus.CHOSEN || status == CandidateStatus.ENROLLED
                || status == CandidateStatus.COMPLETED;
    }
}
