package io.upskillplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.Profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the profiles. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "List the profiles.")
final class ProfilesCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = parent.open()) {
            List<Profile> profiles = app.store().profiles().list();
            var out = spec.commandLine().getOut();
            if (json) {
                List<ObjectNode> nodes = new ArrayList<>();
                for (Profile p : profiles) {
                    nodes.add(JsonOutput.profile(p, app.store().goals().listForProfile(p.id()).size()));
                }
                JsonOutput.print(out, JsonOutput.array(nodes));
            } else {
                TextTable table = new TextTable("NAME", "KIND", "CURRENT ROLE", "HOURS/WEEK", "BUDGET");
                for (Profile p : profiles) {
                    table.row(p.name(), p.kind(), p.currentRole(), p.weeklyHours().stripTrailingZeros().toPlainString(),
                            p.budget());
                }
                table.print(out);
            }
        }
        return ExitCode.OK;
    }
}
