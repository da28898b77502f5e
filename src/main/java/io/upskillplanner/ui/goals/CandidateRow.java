package io.upskillplanner.ui.goals;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;

/** A candidate with the catalog entry it points to, as one row of the goal's candidates table. */
public record CandidateRow(Candidate candidate, Credential credential) {
}
