package io.upskillplanner.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.upskillplanner.domain.Industries;

import org.junit.jupiter.api.Test;

class IndustryOrderTest {

    @Test
    void theGoalsIndustryLeadsThenTheStandardOnesInTheirOrderThenOthersAlphabetically() {
        List<String> order = IndustryOrder.of("Healthcare", Set.of("Retail", "technology", "Healthcare", "Aviation"));
        assertEquals(List.of("Healthcare", "Technology", "Aviation", "Retail"), order);
    }

    @Test
    void aGoalIndustryOutsideTheStandardOnesStillLeads() {
        List<String> order = IndustryOrder.of(" Space ", Industries.STANDARD);
        assertEquals("Space", order.get(0));
        assertEquals(Industries.STANDARD, order.subList(1, order.size()));
    }

    @Test
    void aStandardGoalIndustryIsNotListedTwice() {
        String goal = Industries.STANDARD.get(2);
        List<String> order = IndustryOrder.of(goal.toUpperCase(), Industries.STANDARD);
        assertEquals(Industries.STANDARD.size(), order.size());
        assertEquals(goal.toUpperCase(), order.get(0));
    }

    @Test
    void withoutAGoalIndustryTheStandardOrderStays() {
        assertEquals(Industries.STANDARD, IndustryOrder.of(" ", Industries.STANDARD));
        assertEquals(Industries.STANDARD, IndustryOrder.of(null, Industries.STANDARD));
    }

    @Test
    void levelsAreFoundWhateverTheCase() {
        assertEquals(4, IndustryOrder.levelIn(Map.of("Technology", 4), "TECHNOLOGY"));
        assertEquals(0, IndustryOrder.levelIn(Map.of("Technology", 4), "Healthcare"));
    }
}
