package quanze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;

import quanze.io.AtomicFile;
import quanze.model.InputException;
import quanze.model.Problem;
import quanze.variant.Diff;
import quanze.variant.DiffReport;
import quanze.variant.ExpectedChanges;
import quanze.variant.Variant;
import quanze.variant.VariantReader;
import quanze.variant.Variants;

/** {@code quanze diff VARIANT... [CATALOG_DIR]}: what each variant changes, and why. */
@CommandLine.Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Apply variants (what-if files) to a copy of a catalog and show, against the baseline, every"
                + " changed decision and role, the findings that appear or go, a summary, and the edit that causes"
                + " each change. The catalog files are never modified.")
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "VARIANT... [CATALOG_DIR]",
            description = "Variant files, then optionally the catalog folder (default: catalog/huangshi).")
    List<Path> args;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Mixin
    Output output;

    @CommandLine.Option(names = "--expect", paramLabel = "FILE",
            description = "Exit 1 unless the changes are exactly those of FILE (one variant).")
    Path expect;

    @CommandLine.Option(names = "--write-expect", paramLabel = "FILE",
            description = "Write the changes as the expected-changes FILE (one variant).")
    Path writeExpect;

    @CommandLine.Mixin
    Rules rules;

    @CommandLine.Mixin
    Workspace workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        output.require("report");
        Workspace.requireWritable(writeExpect, "expected changes");
        DiffReport report;
        try {
            report = DiffReport.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // worded as check's --format: the same option, the same message
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': unknown"
                    + " format '" + format + "' (expected one of: text, markdown, json)");
        }
        List<Path> variants = new ArrayList<>(args);
        Path catalog = Files.isDirectory(variants.get(variants.size() - 1)) ? variants.remove(variants.size() - 1)
                : Workspace.defaultCatalog();
        if (variants.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "name at least one variant file");
        if ((expect != null || writeExpect != null) && variants.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expect and --write-expect take one variant");
        }
        List<Variant> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path v : variants) {
            try {
                read.add(new VariantReader(workspace.yaml()).read(v, Workspace.shown(v)));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        String shown = Workspace.shown(catalog);
        Path drl = rules.drl();
        Variants evaluator = new Variants(catalog, shown, rules.ruleBase(workspace), drl,
                new quanze.catalog.CatalogReader(workspace.yaml()));
        List<Diff> diffs = new ArrayList<>();
        for (Variant v : read) diffs.add(evaluator.diff(v));
        output.write(w -> report.write(shown, diffs, w), spec.commandLine().getOut());
        try {
            if (writeExpect != null) AtomicFile.write(writeExpect, ExpectedChanges.write(diffs.get(0), shown));
        } catch (IOException e) {
            throw Workspace.cannotWrite(Workspace.shown(writeExpect), e);
        }
        if (expect != null) {
            List<String> off = ExpectedChanges.compare(expect, Workspace.shown(expect), diffs.get(0),
                    workspace.yaml());
            PrintWriter err = spec.commandLine().getErr();
            for (String s : off) err.println(Workspace.shown(expect) + ": " + s);
            if (!off.isEmpty()) {
                err.println("the diff differs from " + Workspace.shown(expect) + " (rewrite it with --write-expect"
                        + " once the changes are intended)");
                return Quanze.FINDINGS;
            }
        }
        return Quanze.CLEAN;
    }
}
