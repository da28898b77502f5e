package io.upskillplanner.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.upskillplanner.AppServices;
import io.upskillplanner.ExitCode;
import io.upskillplanner.domain.CatalogFilter;
import io.upskillplanner.domain.CatalogQuery;
import io.upskillplanner.domain.Credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists or searches the credential catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List or search the credential catalog.")
final class CatalogCommand implements Callable<Integer> {

    @ParentCommand
    UpskillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only credentials whose title, provider or skills contain every word of TEXT.")
    String search;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppServices app = parent.open()) {
            // A search finds what the catalog screen finds, in its order, through the screen's index.
            List<Credential> credentials = search == null || search.isBlank()
                    ? app.store().catalog().search(CatalogFilter.ALL, Integer.MAX_VALUE)
                    : app.store().catalog().searchAsTheScreen(CatalogQuery.ALL.withText(search));
            var out = spec.commandLine().getOut();
            LocalDate today = LocalDate.now();
            if (json) {
                List<ObjectNode> nodes = new ArrayList<>();
                for (Credential c : credentials) {
                    nodes.add(JsonOutput.credential(c, today));
                }
                JsonOutput.print(out, JsonOutput.array(nodes));
            } else {
                TextTable table = new TextTable("TITLE", "PROVIDER", "KIND", "COST", "HOURS", "FORMAT", "VERIFIED");
                for (Credential c : credentials) {
                    table.row(c.title(), c.providerName(), c.kind(), c.costs().oneOff(), c.effortHours(), c.format(),
                            c.provenance().lastVerified() + (c.provenance().isStale(today) ? " (stale)" : ""));
                }
                table.print(out);
            }
        }
        return ExitCode.OK;
    }
}
