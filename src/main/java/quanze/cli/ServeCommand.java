package quanze.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;

import quanze.engine.RuleBase;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.report.ReportLang;
import quanze.workbench.Workbench;
import quanze.workbench.WorkbenchServer;

/** {@code quanze serve [CATALOG_DIR]}: the what-if workbench, a local web page over a live check. */
@CommandLine.Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the what-if workbench: a local web page showing the catalog's summary, allocation matrix,"
                + " findings and explanations, where the principle, items and rules can be changed and every"
                + " consequence is shown at once against the baseline, with the edit that causes it. Edits can be"
                + " undone, loaded from and saved as variant files. Stops with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG_DIR",
            description = "Catalog folder (default: catalog/huangshi).")
    Path catalogDir;

    @CommandLine.Option(names = "--port", defaultValue = "7017", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other address lets"
                    + " whoever reaches it read the catalog; changes still need the page's token.")
    String host;

    @CommandLine.Option(names = "--variants", paramLabel = "DIR",
            description = "Folder variants are listed from, loaded from and saved to (default: CATALOG_DIR/variants).")
    Path variantsDir;

    @CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
            description = "Language of the page: zh-Hans, zh-Hant or en (default: as the catalog's reports).")
    quanze.script.Lang lang;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port is 0 to 65535, not " + port);
        }
        Path dir = catalogDir != null ? catalogDir : Workspace.defaultCatalog();
        String shown = Workspace.shown(dir);
        RuleBase rb = rules.ruleBase(workspace);
        Workbench wb = Workbench.open(new Workbench.Config(dir, shown,
                variantsDir != null ? variantsDir : dir.resolve("variants"), rb, rules.drl(), workspace.yaml()));
        WorkbenchServer server;
        try {
            server = WorkbenchServer.start(wb, host, port, lang != null ? lang : ReportLang.of(wb.baseline().catalog()),
                    rb.rules());
        } catch (RuntimeException e) {
            wb.close();
            Throwable c = e;
            while (c.getCause() != null && c.getCause() != c) c = c.getCause();
            throw new InputException(new Problem(new Location(host + ":" + port, 0, 0), "cannot listen there: "
                    + (c instanceof java.net.BindException || String.valueOf(e.getMessage()).contains("in use")
                    ? "the port is in use (choose another with --port, or 0 for any free one)" : c.getMessage())));
        }
        var out = spec.commandLine().getOut();
        out.println("quanze serve: the workbench of " + shown + " is at " + server.url() + " (Ctrl-C stops it)");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine().getErr().println("quanze serve: listening on " + host + ": whoever reaches it can read"
                    + " the catalog (changes still need the page's token)");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Quanze.CLEAN;
    }
}
