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
            return new Rating(0, Phrase.of("accreditation.none"));
        }
        return new Rating(Criterion.MAX_RATING, Phrase.of("accreditation.by", quality.accreditationBody()));
    }

    static Rating curriculum(Quality quality) {
        if (quality.curriculumStandard() == null) {
            return new Rating(0, Phrase.of("curriculum.none"));
        }
        return new Rating(NAMED_CURRICULUM_STANDARD, Phrase.of("curriculum.standard", quality.curriculumStandard(),
                NAMED_CURRICULUM_STANDARD));
    }

    static Rating instructors(Quality quality) {
        return new Rating(quality.instructorExpertise(),
                Phrase.of("instructors.rated", quality.instructorExpertise()));
    }

    static Rating careerSupport(Quality quality) {
        return new Rating(quality.careerSupport(),
                Phrase.of("careerSupport.rated", quality.careerSupport()));
    }
}
