package quanze.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.model.InputException;
import quanze.io.AtomicFile;
import quanze.model.CheckResult;
import quanze.model.Severity;
import quanze.report.Format;

/** {@code quanze check [CATALOG_DIR]}: derive every decision and report every finding. */
@CommandLine.Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a power list (a catalog folder; default: the bundled Huangshi catalog).")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG_DIR",
            description = "Catalog folder (default: catalog/huangshi).")
    Path catalogDir;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Names.class)
    Format format;

    @CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
            description = "Labels of the text, markdown, html and xlsx reports: zh-Hans, zh-Hant or en (default: the"
                    + " script most of the catalog's names are written in; English where they are in English too).")
    quanze.script.Lang lang;

    @CommandLine.Mixin
    Output output;

    @CommandLine.Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: error or warning (default: ${DEFAULT-VALUE}).",
            converter = SeverityConverter.class)
    Severity failOn;

    @CommandLine.Mixin
    Judging judging;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        output.require("report");
        var err = spec.commandLine().getErr();
        var loaded = workspace.load(catalogDir, rules);
        Timing.mark(err, "loaded");
        // the HTML report explains every item, so it needs the rules that fired for each
        CheckResult result = judging.judge(workspace, loaded, catalogDir,
                e -> format == Format.HTML ? e.checkTracingAll(loaded.catalog()) : e.check(loaded.catalog()));
        Timing.mark(err, "checked");
        var reportLang = lang != null ? lang : quanze.report.ReportLang.of(result.catalog());
        var report = format.report(failOn, reportLang);
        try {
            if (output.file != null) {
                AtomicFile.writeBytes(output.file, o -> report.write(result, o));
                // a CI log still shows what was found
                spec.commandLine().getOut().println("wrote " + Workspace.shown(output.file) + ": "
                        + quanze.report.Summary.totals(result, reportLang));
                spec.commandLine().getOut().flush();
            } else if (report.binary()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase()
                        + " is a binary file: give --output FILE");
            } else {
                report.write(result, spec.commandLine().getOut());
            }
        } catch (IOException e) {
            throw Workspace.cannotWrite(output.file == null ? "(standard output)" : Workspace.shown(output.file), e);
        }
        Timing.mark(err, "reported");
        return result.failsAt(failOn) ? Quanze.FINDINGS : Quanze.CLEAN;
    }
}
