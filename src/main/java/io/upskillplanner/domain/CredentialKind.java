package io.upskillplanner.domain;

/** What sort of credential a catalog entry is; DEGREE is kept as a reference row to compare against. */
public enum CredentialKind {
    CERTIFICATE, CERTIFICATION, BADGE, COURSE_SERIES, BOOTCAMP, DEGREE
}
