package io.upskillplanner.domain.decide;

/** What a candidate is judged on; each criterion is rated from 0 to {@link #MAX_RATING}. */
public enum Criterion {
    RECOGNITION("Recognition"),
    SKILL_COVERAGE("Skill coverage"),
    ACCREDITATION("Accreditation"),
    CURRICULUM("Curriculum alignment"),
    INSTRUCTORS("Instructor expertise"),
    CAREER_SUPPORT("Career support"),
    COST_FIT("Cost fit"),
    TIME_FIT("Time fit");

    public static final int MAX_RATING = 5;

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    /** The English name the command line and the CSV export print; screen and report translate by {@link #name()}. */
    public String label() {
        return label;
    }
}
