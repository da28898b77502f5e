package io.upskillplanner.domain;

/** How far a credential has come in a goal's plan. */
public enum CandidateStatus {
    CONSIDERING, CHOSEN, ENROLLED, COMPLETED, DROPPED
}
