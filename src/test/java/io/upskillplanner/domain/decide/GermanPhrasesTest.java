package io.upskillplanner.domain.decide;

import static io.upskillplanner.domain.CandidateStatus.CHOSEN;
import static io.upskillplanner.domain.decide.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Money;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Quality;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.ScheduleMode;
import io.upskillplanner.domain.SkillRef;

import org.junit.jupiter.api.Test;

/** Every kind of sentence the decision logic produces, in German with German number, money and date formats. */
class GermanPhrasesTest {

    private static final Locale GERMAN = Locale.GERMAN;

    private final Goal goal = Fixtures.goal(Fixtures.profile("10", "1000", "EUR")).build();

    @Test
    void skillCoverageNamesMatchedAndMissingSkills() {
        SkillCoverageRule rule = new SkillCoverageRule(List.of(
                GoalSkill.of("SQL", 5), GoalSkill.of("Statistics", 3), GoalSkill.of("Python", 2)));

        assertThat(german(rule.rate(List.of(SkillRef.of("sql"), SkillRef.of("Python"))).explanation()))
                .isEqualTo("Deckt 2 von 3 Zielkompetenzen ab (70 % nach Wichtigkeit) — vorhanden: SQL, Python;"
                        + " fehlend: Statistics");
        assertThat(german(rule.rate(List.of()).explanation()))
                .endsWith("vorhanden: keine; fehlend: SQL, Statistics, Python");
        assertThat(german(new SkillCoverageRule(List.of()).rate(List.of()).explanation()))
                .isEqualTo("Das Ziel nennt noch keine Kompetenzen, daher lässt sich die Abdeckung nicht beurteilen");
    }

    @Test
    void recognitionQuotesTheLevelAndTheEvidence() {
        Credential credential = Fixtures.credential("Certified Coding Specialist")
                .recognition(new Recognition("Healthcare", 4, "required by most hospital employers"),
                        new Recognition("Technology", 1, null))
                .build();

        assertThat(german(RecognitionRule.rate(credential, "Healthcare").explanation()))
                .isEqualTo("Anerkennung in Gesundheitswesen: 4/5 — Beleg: required by most hospital employers");
        assertThat(german(RecognitionRule.rate(credential, "Technology").explanation()))
                .isEqualTo("Anerkennung in Technologie: 1/5 — kein Beleg erfasst");
        assertThat(german(RecognitionRule.rate(credential, " ").explanation()))
                .isEqualTo("Das Ziel nennt keine Zielbranche, daher lässt sich die Anerkennung nicht beurteilen");
    }

    @Test
    void qualitySignalsAreExplained() {
        Quality quality = new Quality("CAHIIM", "AHIMA CCS domains", 3, 2);
        Quality none = new Quality(null, null, 0, 0);

        assertThat(german(QualityRules.accreditation(quality).explanation())).isEqualTo("Akkreditiert durch CAHIIM");
        assertThat(german(QualityRules.accreditation(none).explanation()))
                .isEqualTo("Keine akkreditierende Stelle erfasst");
        assertThat(german(QualityRules.curriculum(quality).explanation()))
                .isEqualTo("Folgt dem Curriculum-Standard AHIMA CCS domains (4/5: vom Anbieter genannt,"
                        + " nicht geprüft)");
        assertThat(german(QualityRules.curriculum(none).explanation())).isEqualTo("Kein Curriculum-Standard genannt");
        assertThat(german(QualityRules.instructors(quality).explanation()))
                .isEqualTo("Fachkompetenz der Lehrenden im Katalog mit 3/5 bewertet");
        assertThat(german(QualityRules.careerSupport(quality).explanation()))
                .isEqualTo("Karriereunterstützung im Katalog mit 2/5 bewertet");
    }

    @Test
    void costFitUsesGermanMoneyAndPercent() {
        assertThat(german(CostFitRule.rate(eur("1234.5"), eur("3000"), eur("600"), 1).explanation()))
                .isEqualTo("Kostet 1.234,50 €, 51 % des verbleibenden Budgets 2.400,00 € (Budget 3.000,00 €"
                        + " abzüglich 600,00 € für 1 weiteren geplanten Nachweis)");
        assertThat(german(CostFitRule.rate(eur("1200"), eur("3000"), eur("600"), 2).explanation()))
                .endsWith("für 2 weitere geplante Nachweise)");
        assertThat(german(CostFitRule.rate(eur("10"), eur("0"), eur("0"), 0).explanation()))
                .startsWith("Kostet 10,00 €, aber vom verbleibenden Budget 0,00 € (Budget 0,00 € abzüglich 0,00 €");
        assertThat(german(CostFitRule.rate(eur("0"), eur("0"), eur("0"), 0).explanation()))
                .isEqualTo("Kostet nichts mehr und passt daher in jedes Budget");
    }

    @Test
    void timeFitUsesGermanNumbersAndDates() {
        assertThat(german(TimeFitRule.rate(10, new BigDecimal("7.50"), TODAY, TODAY.plusDays(100), false)
                .explanation())).isEqualTo("Dauert für sich allein 10 Wochen bei 7,5 Std./Woche: 70 % der Zeit bis"
                + " zur Frist 16.04.2025");
        assertThat(german(TimeFitRule.rate(1, BigDecimal.TEN, TODAY, TODAY.plusDays(100), false).explanation()))
                .startsWith("Dauert für sich allein 1 Woche bei 10 Std./Woche");
        assertThat(german(TimeFitRule.rate(5, BigDecimal.TEN, TODAY, null, false).explanation()))
                .isEqualTo("Das Ziel hat keine Frist, daher passt jede Dauer");
        assertThat(german(TimeFitRule.rate(0, BigDecimal.TEN, TODAY, TODAY, true).explanation()))
                .isEqualTo("Bereits abgeschlossen, braucht also keine Zeit mehr");
        assertThat(german(TimeFitRule.rate(5, BigDecimal.TEN, TODAY, TODAY.minusDays(1), false).explanation()))
                .isEqualTo("Die Frist 05.01.2025 ist heute oder bereits verstrichen");
    }

    @Test
    void lateScheduleSuggestsFixesInGerman() {
        CandidateWithCredential a = planned("Analytics", 40, 1);
        Schedule schedule = Scheduler.schedule(List.of(a, planned("Basics", 20, 2), planned("Coding", 30, 3)),
                ScheduleMode.SEQUENTIAL, BigDecimal.TEN, TODAY, TODAY.plusWeeks(5));

        assertThat(schedule.warnings()).extracting(GermanPhrasesTest::german).containsExactly(
                "Der Plan endet am 10.03.2025, 28 Tage nach der Frist 10.02.2025.",
                "Mit 20 statt 10 Std./Woche wäre die Frist zu halten.",
                "Eine um 4 Wochen spätere Frist, der 10.03.2025, würde zum Plan passen.",
                "Ohne „Analytics“ würde der Plan passen.");
    }

    @Test
    void scheduleWarningsWithoutAnEasyFixInGerman() {
        List<CandidateWithCredential> three = List.of(planned("A", 40, 1), planned("B", 40, 2), planned("C", 40, 3));
        Schedule parallel = Scheduler.schedule(three, ScheduleMode.PARALLEL, BigDecimal.TEN, TODAY, TODAY.plusWeeks(8));
        CandidateWithCredential cohort = Fixtures.candidate(goal,
                Fixtures.credential("Cohort").effort(10).fixedWeeks(12).build(), CHOSEN, 1);
        Schedule fixed = Scheduler.schedule(List.of(cohort, planned("Other", 10, 2)), ScheduleMode.SEQUENTIAL,
                BigDecimal.TEN, TODAY, TODAY.plusWeeks(8));
        Schedule passed = Scheduler.schedule(List.of(planned("A", 40, 1), planned("B", 40, 2)),
                ScheduleMode.SEQUENTIAL, BigDecimal.TEN, TODAY, TODAY.minusDays(3));

        assertThat(parallel.warnings()).extracting(GermanPhrasesTest::german)
                .contains("Ohne einen beliebigen von „A“, „B“, „C“ würde der Plan passen.");
        assertThat(fixed.warnings()).extracting(GermanPhrasesTest::german)
                .contains("Selbst 80 Std./Woche würden die Frist nicht halten: Feste Kursdauern oder geplante"
                        + " Starttermine bestimmen das Tempo.");
        assertThat(passed.warnings()).extracting(GermanPhrasesTest::german)
                .startsWith("Die Frist 03.01.2025 ist bereits verstrichen.")
                .contains("Auf einen einzelnen Nachweis zu verzichten, würde nicht genügen.");
    }

    @Test
    void infeasiblePlanGivesGermanReasons() {
        Profile poor = Fixtures.profile("10", "1000", "EUR");
        Goal tight = Fixtures.goal(poor).deadline(TODAY.plusWeeks(6)).build();
        CandidateWithCredential a = Fixtures.candidate(tight, Fixtures.credential("A").cost("900", "EUR").effort(40)
                .build(), CHOSEN, 1);
        CandidateWithCredential b = Fixtures.candidate(tight, Fixtures.credential("B").cost("400", "EUR").effort(40)
                .build(), CHOSEN, 2);

        PlanTotals totals = new PlanEvaluator().evaluate(poor, tight, List.of(a, b), List.of(), List.of(),
                ScoringWeights.defaults(), TODAY).totals();

        assertThat(totals.infeasibleBecause()).extracting(GermanPhrasesTest::german).containsExactly(
                "Budget um 300,00 € überschritten: Der Plan kostet 1.300,00 € bei einem Budget von 1.000,00 €.",
                "Endet am 03.03.2025, 14 Tage nach der Frist 17.02.2025.");
    }

    @Test
    void missingReturnFiguresAreExplainedInGerman() {
        Money cost = Money.of("1000", "EUR");

        assertThat(ReturnOnInvestment.of(cost, null, null).notAvailableBecause().map(GermanPhrasesTest::german))
                .hasValue("weder ein aktuelles noch ein erwartetes Gehalt angegeben");
        assertThat(ReturnOnInvestment.of(cost, null, new BigDecimal("50000")).notAvailableBecause()
                .map(GermanPhrasesTest::german)).hasValue("kein aktuelles Gehalt im Profil angegeben");
        assertThat(ReturnOnInvestment.of(cost, new BigDecimal("40000"), null).notAvailableBecause()
                .map(GermanPhrasesTest::german)).hasValue("kein erwartetes Gehalt im Ziel angegeben");
        assertThat(ReturnOnInvestment.of(cost, new BigDecimal("40000"), new BigDecimal("35000.00"))
                .notAvailableBecause().map(GermanPhrasesTest::german))
                .hasValue("das erwartete Gehalt (35.000) liegt nicht über dem aktuellen Gehalt (40.000)");
    }

    @Test
    void missingExchangeRatesAreNamedInGerman() {
        MissingExchangeRateException one = new MissingExchangeRateException(List.of(new CurrencyPair("USD", "EUR")));
        MissingExchangeRateException two = new MissingExchangeRateException(
                List.of(new CurrencyPair("GBP", "EUR"), new CurrencyPair("USD", "EUR")));

        assertThat(german(one.phrase())).isEqualTo("Kein Wechselkurs für USD→EUR (weder direkt noch umgekehrt noch"
                + " über eine weitere Währung); legen Sie ihn unter Wechselkurse an");
        assertThat(german(two.phrase())).startsWith("Kein Wechselkurs für GBP→EUR, USD→EUR").endsWith("legen Sie sie"
                + " unter Wechselkurse an");
        assertThat(one.getMessage()).isEqualTo("No exchange rate for USD→EUR (neither direct, inverse, nor via one"
                + " other currency); add it under exchange rates");
    }

    @Test
    void englishKeepsItsWordsWithEnglishFormats() {
        Phrase explanation = CostFitRule.rate(eur("1234.5"), eur("3000"), eur("600"), 1).explanation();

        assertThat(explanation.english()).isEqualTo("Costs 1234.50 EUR, 51% of the remaining budget 2400.00 EUR"
                + " (budget 3000.00 EUR minus 600.00 EUR for 1 other planned credential)");
        assertThat(explanation.text(Locale.ENGLISH)).isEqualTo("Costs €1,234.50, 51% of the remaining budget €2,400.00"
                + " (budget €3,000.00 minus €600.00 for 1 other planned credential)");
    }

    @Test
    void englishStaysEnglishOnAGermanSystem() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(TimeFitRule.rate(2, BigDecimal.TEN, TODAY, null, false).explanation().text(Locale.ENGLISH))
                    .isEqualTo("The goal has no deadline, so any duration fits");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** German as the screen shows it; the no-break space before € and % reads as a space here. */
    private static String german(Phrase phrase) {
        return phrase.text(GERMAN).replace('\u00a0', ' ');
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private CandidateWithCredential planned(String title, int effort, int order) {
        return Fixtures.candidate(goal, Fixtures.credential(title).effort(effort).build(), CHOSEN, order);
    }
}
