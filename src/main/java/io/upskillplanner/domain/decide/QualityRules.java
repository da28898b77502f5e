package io.upskillplanner.domain.decide;

import io.upskillplanner.domain.Quality;

/** The criteria read straight from a credential's quality signals. */
final class QualityRules {

    /**
     * A named standard says which framework the curriculum follows, not how completely it covers
     * it; the top mark stays free for a verified mapping, which the data model does not hold yet.
     */
    static final int NAMED_CURRICULUM_STANDARD = 4;

    private QualityRules() {
    }

    static Rating accreditation(Quality quality) {
        if (quality.accreditationBody() == null) {
            return new Rating(0, "No accrediting body recorded");
        }
        return new Rating(Criterion.MAX_RATING, "Accredited by " + quality.accreditationBody());
    }

    static Rating curriculum(Quality quality) {
        if (quality.curriculumStandard() == null) {
            return new Rating(0, "No curriculum standard named");
        }
        return new Rating(NAMED_CURRICULUM_STANDARD, "Follows the curriculum standard " + quality.curriculumStandard()
                + " (" + NAMED_CURRICULUM_STANDARD + "/5: named by the provider, not verified)");
    }

    static Rating instructors(Quality quality) {
        return new Rating(quality.instructorExpertise(),
                "Instructor expertise rated " + quality.instructorExpertise() + "/5 in the catalog");
    }

    static Rating careerSupport(Quality quality) {
        return new Rating(quality.careerSupport(),
                "Career support rated " + quality.careerSupport() + "/5 in the catalog");
    }
}
