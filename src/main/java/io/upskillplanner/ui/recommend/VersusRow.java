package io.upskillplanner.ui.recommend;

/** One figure of "your plan vs the recommended plan": what it is, the person's value, the recommendation's. */
public record VersusRow(String figure, String yours, String recommended) {
}
