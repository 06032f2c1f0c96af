package quanze.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped rules broken on purpose, to prove that the lint and the scenarios notice. */
public final class BrokenRules {

    private BrokenRules() {
    }

    /** A copy of rules/*.drl in {@code tmp/rules}. */
    public static Path copy(Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /**
     * A copy whose scope rule decides on its own instead of stating a reason against delegation: a cross-district
     * item is then retained by it and delegated by the delegation rule, which sees no reason against it.
     */
    public static Path scopeRuleDecidingAlone(Path tmp) throws IOException {
        Path dir = copy(tmp);
        Path decisions = dir.resolve("decisions.drl");
        String drl = Files.readString(decisions);
        String broken = drl.replace("insertLogical(Reasons.blocked(kcontext, $i, Blocker.SCOPE));",
                "insertLogical(Reasons.retained(Reasons.blocked(kcontext, $i, Blocker.SCOPE), $p));");
        if (broken.equals(drl)) throw new IllegalStateException("the scope rule no longer reads as expected");
        Files.writeString(decisions, broken);
        return dir;
    }
}
