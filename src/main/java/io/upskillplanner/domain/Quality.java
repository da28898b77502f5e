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
        requireScale(instructorExpertise, "error.domain.quality.instructorExpertise");
        requireScale(careerSupport, "error.domain.quality.careerSupport");
    }

    private static void requireScale(int value, String key) {
        if (value < 0 || value > 5) {
            throw new DomainRuleException(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
