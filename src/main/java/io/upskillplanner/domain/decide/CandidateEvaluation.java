package io.upskillplanner.domain.decide;

import java.util.Objects;
import java.util.Optional;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Money;

/**
 * Everything decided about one candidate. {@code rank} is 1 for the best score; equal scores share
 * a rank. {@code cost} is in the credential's own currency, {@code totalCost} in the profile's.
 * {@code withinBudgetAlone} compares with the whole budget; {@code beforeDeadline} uses the
 * scheduled finish when planned, else the finish when started alone today (true without deadline).
 */
public record CandidateEvaluation(
        Candidate candidate,
        Credential credential,
        CandidateScore score,
        int rank,
        Optional<ScheduleEntry> scheduleEntry,
        CredentialCost cost,
        Money totalCost,
        boolean withinBudgetAlone,
        boolean beforeDeadline) {

    public CandidateEvaluation {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scheduleEntry, "scheduleEntry");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(totalCost, "totalCost");
    }
}
