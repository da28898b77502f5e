package io.upskillplanner.report;

import java.util.ArrayList;
import java.util.List;

import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.PlanEvaluation;
import io.upskillplanner.report.layout.PageFlow;


/** One goal's chapter: its facts, then each section the options ask for. */
final class GoalChapter extends SectionWriter {

    private final CandidateSections candidates = new CandidateSections(this);
    private final ChartSection chartSection = new ChartSection(this);
    private final ScheduleSection schedule = new ScheduleSection(this);
    private final OutcomeSections outcome = new OutcomeSections(this);
    private final RecommendationSection recommendation = new RecommendationSection(this);

    GoalChapter(SectionWriter report) {
        super(report);
    }

    void write(PageFlow flow, GoalPlan plan, int number) {
        Goal goal = plan.goal();
        PlanEvaluation evaluation = plan.evaluation();
        flow.newPage();
        flow.heading(text.get("goal.title", number, clean(goal.title())), 0);
        String none = text.get("goal.none");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {text.get("goal.targetRole"), orDash(goal.targetRole())});
        facts.add(new String[] {text.get("goal.targetIndustry"), orDash(formats.industry(goal.targetIndustry()))});
        facts.add(new String[] {text.get("goal.deadline"),
                goal.deadline() == null ? none : formats.date(goal.deadline())});
        facts.add(new String[] {text.get("goal.budget"), formats.money(goal.effectiveBudget(profile))});
        facts.add(new String[] {text.get("goal.hours"), formats.number(goal.effectiveWeeklyHours(profile))});
        facts.add(new String[] {text.get("goal.salaryAfter"), goal.expectedSalaryAfter() == null ? none
                : formats.money(new Money(goal.expectedSalaryAfter(), currency))});
        facts.add(new String[] {text.get("goal.schedule"),
                text.get("goal.scheduleMode." + goal.scheduleMode().name())});
        facts.add(new String[] {text.get("goal.status"), text.label(goal.status())
                + "  ·  " + text.get("goal.priority") + " " + goal.priority()});
        flow.facts(facts, 120);

        List<CandidateEvaluation> ranked = evaluation.byRank();
        if (options.has(ReportSection.CANDIDATES)) {
            candidates.candidates(flow, goal, ranked);
        }
        if (options.has(ReportSection.SCORE_BREAKDOWN)) {
            candidates.breakdown(flow, ranked);
        }
        if (options.has(ReportSection.CHARTS)) {
            chartSection.write(flow, goal, evaluation, ranked);
        }
        if (options.has(ReportSection.SCHEDULE)) {
            schedule.write(flow, goal, evaluation);
        }
        if (options.has(ReportSection.SKILL_GAP)) {
            outcome.skillGap(flow, evaluation);
            new EarnedBadgesSection(flow, text, formats).write(plan.earnedBadges());
        }
        if (options.has(ReportSection.RECOMMENDATION)) {
            recommendation.write(flow, plan);
        }
        if (options.has(ReportSection.RETURN_ON_INVESTMENT)) {
            outcome.returnOnInvestment(flow, evaluation.totals().returnOnInvestment());
        }
        if (options.has(ReportSection.GOAL_NOTES)) {
            outcome.notes(flow, goal, ranked);
        }
    }
}
