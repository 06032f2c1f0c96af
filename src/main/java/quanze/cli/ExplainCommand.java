package quanze.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.model.InputException;
import quanze.model.CheckResult;
import quanze.model.Item;
import quanze.report.ExplainReport;

/** {@code quanze explain ITEM_ID [CATALOG_DIR]}: why an item is allocated as it is. */
@CommandLine.Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one item: its facts, the rules that fired for it with the principle or article"
                + " each applies, the derived and declared level of each role, and its findings.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "ITEM_ID", description = "The item's id.")
    String itemId;

    @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "CATALOG_DIR",
            description = "Catalog folder (default: catalog/huangshi).")
    Path catalogDir;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Mixin
    Judging judging;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        var loaded = workspace.load(catalogDir, rules);
        var catalog = loaded.catalog();
        List<Item> items = catalog.items().stream().filter(i -> i.id().equals(itemId)).toList();
        if (items.isEmpty()) {
            List<String> ids = catalog.items().stream().map(Item::id).toList();
            String near = ids.stream().filter(id -> id.contains(itemId) || itemId.contains(id)).limit(5)
                    .reduce((a, b) -> a + ", " + b).orElse(null);
            String mean = quanze.model.DidYouMean.of(itemId, ids);
            throw new CommandLine.ParameterException(spec.commandLine(), "no item '" + itemId + "' in "
                    + catalog.dir() + (!mean.isEmpty() ? mean : near == null ? "" : " (similar: " + near + ")"));
        }
        CheckResult result = judging.judge(workspace, loaded, catalogDir, e -> e.check(catalog, Set.of(itemId)));
        spec.commandLine().getOut().print(new ExplainReport().render(result, items));
        spec.commandLine().getOut().flush();
        return Quanze.CLEAN;
    }
}
