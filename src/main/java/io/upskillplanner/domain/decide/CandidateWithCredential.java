package io.upskillplanner.domain.decide;

import java.util.Objects;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;

/** A candidate together with the catalog entry it refers to. */
public record CandidateWithCredential(Candidate candidate, Credential credential) {

    public CandidateWithCredential {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(credential, "credential");
        if (!candidate.credentialId().equals(credential.id())) {
            throw new IllegalArgumentException("Candidate " + candidate.id() + " refers to credential "
                    + candidate.credentialId() + ", not " + credential.id());
        }
    }
}
