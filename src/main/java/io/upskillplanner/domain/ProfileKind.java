package io.upskillplanner.domain;

/** Whether a profile is the user themself or a counselor's client. */
public enum ProfileKind {
    SELF, CLIENT
}
