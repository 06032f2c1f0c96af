package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;
import quanze.model.InputException;
import quanze.model.CheckResult;

/** The bundled rule base is the executable model built from rules/, and says what it holds. */
class RuleBaseTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledRulesComeFromThePrecompiledExecutableModel() throws IOException {
        assertThat(RuleBase.modelClasses()).as("classes named in " + RuleBase.MODEL_INDEX).isNotEmpty();
        RuleBase bundled = RuleBase.bundled();
        assertThat(bundled.precompiled()).isTrue();
        long drlRules;
        try (var files = Files.list(Path.of("rules"))) {
            drlRules = files.filter(p -> p.toString().endsWith(".drl")).mapToLong(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("rule \"")).count();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }).sum();
        }
        assertThat(bundled.rules()).as("every rule in rules/*.drl is in the model").hasSize((int) drlRules);
    }

    @Test
    void everyRuleStatesItsCodeOrDerivationAndItsBasis() {
        for (RuleMeta r : RuleBase.bundled().rules()) {
            assertThat(r.basis()).as(r.name()).isNotBlank();
            assertThat(r.derivation() || (r.code() != null && r.severity() != null)).as(r.name()).isTrue();
        }
    }

    @Test
    void theSameRulesCompiledAtRunTimeGiveTheSameResult() throws Exception {
        RuleBase runtime = RuleBase.compile(Path.of("rules"), "rules");
        assertThat(runtime.precompiled()).isFalse();
        for (String dir : new String[] {"catalog/huangshi", "catalog/examples/before-reform"}) {
            var catalog = new CatalogReader().read(Path.of(dir), dir);
            CheckResult a = new Engine(RuleBase.bundled()).check(catalog);
            CheckResult b = new Engine(runtime).check(catalog);
            assertThat(b.findings()).as(dir).isEqualTo(a.findings());
            assertThat(b.decisions()).as(dir).isEqualTo(a.decisions());
        }
    }

    @Test
    void drlThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("bad.drl"), """
                package quanze.rules;
                import quanze.model.*;

                rule "A broken rule"
                when
                    $i : Item(nosuchfield == 1)
                then
                end
                """);
        var e = catchThrowableOfType(InputException.class, () -> RuleBase.compile(tmp, "my-rules"));
        assertThat(e.getMessage()).startsWith("my-rules/bad.drl:").contains("rule does not compile");
    }
}
