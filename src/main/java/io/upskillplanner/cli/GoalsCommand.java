package io.upskillplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.ErrorText;
import io.upskillplanner.domain.Goal;
import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.domain.Profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the goals of one profile. */
@Command(name = "goals", mixinStandardHelpOptions = true, description = "List the goals of a profile.")
final class GoalsCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", required = true, description = "The profile's name (any case).")
    String profileName;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = parent.open()) {
            Profile profile = findProfile(app, profileName);
            List<Goal> goals = app.store().goals().listForProfile(profile.id());
            var out = spec.commandLine().getOut();
            if (json) {
                List<ObjectNode> nodes = new ArrayList<>();
                for (Goal g : goals) {
                    nodes.add(JsonOutput.goal(g, app.store().candidates().listForGoal(g.id()).size()));
                }
                JsonOutput.print(out, JsonOutput.array(nodes));
            } else {
                TextTable table = new TextTable("TITLE", "TARGET ROLE", "INDUSTRY", "DEADLINE", "STATUS", "SKILLS");
                for (Goal g : goals) {
                    table.row(g.title(), g.targetRole(), g.targetIndustry(), g.deadline(), g.status(), g.skills().size());
                }
                table.print(out);
            }
        }
        return ExitCode.OK;
    }

    /** The profile of that name, or input rejected with the names that do exist. */
    static Profile findProfile(AppServices app, String name) {
        return app.store().profiles().findByName(name).orElseThrow(() -> {
            List<String> names = app.store().profiles().list().stream().map(Profile::name).toList();
            return new InputRejectedException("--profile", null, names.isEmpty()
                    ? ErrorText.of("error.cli.noProfileYet", name)
                    : ErrorText.of("error.cli.noProfileNamed", name, String.join(", ", names)));
        });
    }
}
