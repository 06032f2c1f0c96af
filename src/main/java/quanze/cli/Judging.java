package quanze.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

import picocli.CommandLine;

import quanze.engine.Engine;
import quanze.model.CheckResult;
import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;
import quanze.waiver.WaiverRegister;

/**
 * How a catalog is judged, said once for {@code check} and {@code explain} so the two agree: the engine with its
 * limits, the statute versions in force on {@code --as-of}, then the waiver register.
 */
final class Judging {

    @CommandLine.Option(names = "--waivers", paramLabel = "FILE",
            description = "The waiver register (default: waivers.yaml in the catalog folder, if there is one).")
    Path waivers;

    @CommandLine.Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Judge waiver expiry on DATE (YYYY-MM-DD) instead of today, which statute versions are in"
                    + " force on DATE, and whether a temporary licence has outlived its year (QZ119, QZ126: not judged"
                    + " without it).")
    LocalDate asOf;

    @CommandLine.Mixin
    EngineOptions engine;

    /** Checks the loaded catalog with {@code run} (which check of the engine) and applies the waivers. */
    CheckResult judge(Workspace workspace, Workspace.Loaded loaded, Path catalogDir, Function<Engine, CheckResult> run)
            throws InputException {
        if (waivers != null && !Files.exists(waivers)) {
            throw new InputException(new Problem(new Location(Workspace.shown(waivers), 0, 0), "no such waiver register"));
        }
        Path register = waivers != null ? waivers
                : WaiverRegister.of(catalogDir != null ? catalogDir : Workspace.defaultCatalog());
        var list = WaiverRegister.read(register, Workspace.shown(register), workspace.yaml());
        Engine e = new Engine(loaded.rules()).withLimits(engine.limits())
                .withWaivers(list, asOf != null ? asOf : LocalDate.now());
        // on a given day, the law too: bases that cite a version no longer in force, temporary licences
        if (asOf != null) e = e.asOf(asOf, loaded.catalog());
        return run.apply(e);
    }
}
