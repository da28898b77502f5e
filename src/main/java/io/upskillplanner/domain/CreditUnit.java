package io.upskillplanner.domain;

/** The unit of academic credit a credential carries. */
public enum CreditUnit {
    ECTS, CREDIT_HOURS
}
