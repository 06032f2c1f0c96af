package quanze.cli;

import java.nio.file.Path;

import picocli.CommandLine;

import quanze.engine.RuleBase;
import quanze.model.InputException;

/** {@code --rules DIR}, on the commands that run or read the rules: the bundled rule base, or DIR's DRL compiled. */
final class Rules {

    @CommandLine.Option(names = "--rules", paramLabel = "DIR",
            description = "Use the DRL rules in DIR (compiled at run time) instead of the bundled rules.")
    Path dir;

    /** The rule base, a DRL file read within the workspace's file-size limit. */
    RuleBase ruleBase(Workspace workspace) throws InputException {
        if (dir == null) return RuleBase.bundled();
        return RuleBase.compile(dir, Workspace.shown(dir), workspace.maxFileBytes);
    }

    /** The DRL folder: DIR, or the bundled rules' sources beside quanze. */
    Path drl() {
        return dir != null ? dir : Workspace.home().resolve("rules");
    }
}
