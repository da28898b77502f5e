package io.upskillplanner.ui.compare;

import java.time.LocalDate;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.decide.CandidateEvaluation;

/**
 * One candidate in the comparison. {@code rank} is among the candidates shown (0 for the reference
 * row, which is not ranked); weeks, start and finish come from the plan's schedule when the
 * candidate is in the plan, else they are what it would take started today on its own.
 */
public record CompareRow(
        CandidateEvaluation evaluation,
        int rank,
        boolean reference,
        boolean planned,
        long calendarWeeks,
        LocalDate start,
        LocalDate finish,
        int recognitionInGoalIndustry,
        String chartLabel) {

    public Credential credential() {
        return evaluation.credential();
    }
}
