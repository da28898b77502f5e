package io.upskillplanner.ui.compare;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One planned candidate on the schedule panel: when it is studied, at how many hours a week. */
public record ScheduleLine(String title, LocalDate start, LocalDate finish, long weeks, BigDecimal weeklyHours,
                           boolean completed, boolean afterDeadline) {
}
