package io.upskillplanner.exchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.upskillplanner.domain.Candidate;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.GoalSkill;
import io.upskillplanner.domain.Profile;
import io.upskillplanner.domain.Recognition;
import io.upskillplanner.domain.SkillRef;
import io.upskillplanner.domain.decide.CandidateEvaluation;
import io.upskillplanner.domain.decide.Criterion;
import io.upskillplanner.domain.decide.MissingExchangeRateException;
import io.upskillplanner.store.PlanLoader;
import io.upskillplanner.store.Store;

/**
 * Writes the comparison table of one goal's candidates as CSV for a spreadsheet: one row per
 * candidate in plan order, with the key facts to compare on and the explainable score (total, rank
 * and each criterion's points) from the decide domain.
 */
public final class ComparisonCsvExporter {

    private final Store store;

    public ComparisonCsvExporter(Store store) {
        this.store = store;
    }

    /** The header row; the recognition column names the goal's industry. */
    public static List<String> header(Goal goal) {
        String industry = goal.targetIndustry() == null ? "goal industry" : goal.targetIndustry();
        List<String> header = new ArrayList<>(List.of("Title", "Provider", "Status", "Order", "One-off cost",
                "Currency", "Renewal cost", "Renewal every (months)", "Effort (hours)", "Fixed duration (weeks)",
                "Format", "Pacing", "Accreditation", "Recognition in " + industry + " (0-5)", "Skills matched",
                "Matched skills", "Score (0-100)", "Rank"));
        for (Criterion criterion : Criterion.values()) {
            header.add(criterion.label() + " (points)");
        }
        return header;
    }

    /** Writes the table and returns the number of candidate rows. */
    public int write(Profile profile, Goal goal, OutputStream out) throws IOException {
        List<List<Object>> rows = store.inTransaction(tx -> rows(tx, goal));
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(header(goal));
            for (List<Object> row : rows) {
                csv.row(row);
            }
        }
        return rows.size();
    }

    private static List<List<Object>> rows(Store tx, Goal goal) {
        Map<UUID, CandidateEvaluation> evaluations = new HashMap<>();
        try {
            new PlanLoader(tx).load(goal.id()).evaluate(LocalDate.now()).candidates()
                    .forEach(e -> evaluations.put(e.candidate().id(), e));
        } catch (MissingExchangeRateException e) {
            // Scores need every cost in one currency; without the rate the facts are still worth exporting.
        }
        List<Candidate> candidates = tx.candidates().listForGoal(goal.id());
        Map<UUID, Credential> credentials = tx.catalog()
                .findAll(candidates.stream().map(Candidate::credentialId).toList()).stream()
                .collect(Collectors.toMap(Credential::id, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Credential c = credentials.get(candidate.credentialId());
            if (c == null) {
                continue;
            }
            List<String> matched = matchedSkills(goal, c);
            Recognition recognition = c.recognitionIn(goal.targetIndustry());
            List<Object> row = new ArrayList<>();
            row.add(c.title());
            row.add(c.providerName());
            row.add(candidate.status().name());
            row.add(candidate.order());
            row.add(c.costs().oneOff().amount().toPlainString());
            row.add(c.costs().currency());
            row.add(c.costs().renewal().toPlainString());
            row.add(c.costs().renewalPeriodMonths());
            row.add(c.effortHours());
            row.add(c.fixedDurationWeeks());
            row.add(c.format().name());
            row.add(c.pacing().name());
            row.add(c.quality().accreditationBody());
            row.add(recognition.level());
            row.add(matched.size() + " of " + goal.skills().size());
            row.add(String.join(CatalogCsv.SEPARATOR, matched));
            CandidateEvaluation evaluation = evaluations.get(candidate.id());
            if (evaluation == null) {
                row.add("n/a (exchange rate missing)");
                row.add(null);
                for (int i = 0; i < Criterion.values().length; i++) {
                    row.add(null);
                }
            } else {
                row.add(evaluation.score().points().setScale(1, RoundingMode.HALF_UP).toPlainString());
                row.add(evaluation.rank());
                for (Criterion criterion : Criterion.values()) {
                    row.add(evaluation.score().of(criterion).points().setScale(1, RoundingMode.HALF_UP)
                            .toPlainString());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> matchedSkills(Goal goal, Credential credential) {
        List<String> matched = new ArrayList<>();
        for (GoalSkill need : goal.skills()) {
            for (SkillRef offered : credential.skills()) {
                if (need.skill().matches(offered)) {
                    matched.add(need.skill().label());
                    break;
                }
            }
        }
        return matched;
    }
}
