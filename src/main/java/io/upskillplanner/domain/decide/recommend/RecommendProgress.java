package io.upskillplanner.domain.decide.recommend;

/** Told before each search of a recommendation starts, so a screen can show how far it is. */
@FunctionalInterface
public interface RecommendProgress {

    RecommendProgress NONE = (done, of) -> { };

    void searching(int done, int of);
}
