package io.upskillplanner.domain;

/**
 * The structured signals for judging a program: who accredits it, which industry standard its
 * curriculum follows, and how strong its instructors and career support are (0 to 5 each).
 */
public record Quality(String accreditationBody, String curriculumStandard, int instructorExpertise,
                      int careerSupport) {

    public Quality {
        accreditationBody = blankToNull(accreditationBody);
        curriculumStandard = blankToNull(curriculumStandard);
        requireScale(instructorExpertise, "instructor expertise");
        requireScale(careerSupport, "career support");
    }

    private static void requireScale(int value, String name) {
        if (value < 0 || value > 5) {
            throw new IllegalArgumentException(name + " must be 0 to 5, was " + value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
