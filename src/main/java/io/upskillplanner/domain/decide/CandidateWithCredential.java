package io.upskillplanner.domain.decide;

import java.util.Objects;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.DomainRuleException;

/** A candidate together with the catalog entry it refers to. */
public record CandidateWithCredential(Candidate candidate, Credential credential) {

    public CandidateWithCredential {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(credential, "credential");
        if (!candidate.credentialId().equals(credential.id())) {
            throw new DomainRuleException("error.domain.candidateOtherCredential", candidate.id(),
                    candidate.credentialId(), credential.id());
        }
    }
}
