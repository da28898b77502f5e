package io.upskillplanner.exchange.plan.file;

import io.upskillplanner.exchange.BoundedNumbers;

/** The range a number member of the plan file is read within (see {@link Bounded}). */
public enum Bound {
    MONEY(BoundedNumbers.MONEY),
    WEEKLY_HOURS(BoundedNumbers.WEEKLY_HOURS),
    EFFORT_HOURS(BoundedNumbers.EFFORT_HOURS),
    WEEKS(BoundedNumbers.WEEKS),
    MONTHS(BoundedNumbers.MONTHS),
    CREDITS(BoundedNumbers.CREDITS),
    WEIGHT(BoundedNumbers.WEIGHT),
    LEVEL(BoundedNumbers.LEVEL),
    ORDER(BoundedNumbers.ORDER),
    VERSION(BoundedNumbers.VERSION);

    private final BoundedNumbers.Range range;

    Bound(BoundedNumbers.Range range) {
        this.range = range;
    }

    public BoundedNumbers.Range range() {
        return range;
    }
}
