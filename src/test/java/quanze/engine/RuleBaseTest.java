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

    @Test
    void rulesAndGlobalsArePlacedWhereTheParserFindsThemNotInCommentsOrStrings() {
        String text = """
                package my.rules;
                // rule "In a line comment" when then end
                /* an older version:
                rule "Real"
                when then end
                global java.util.List hidden;
                */
                global java.util.List seen;

                rule "Real"
                when
                    $s : String(this == '/*')
                then
                    String t = \"""
                rule "In a text block"
                \""";
                end
                rule 'After a quote that holds a comment opener' when then end
                query "A query" end
                """;
        var places = RuleBase.places(java.util.Map.of("my-rules/a.drl", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "my-rules/broken.drl", "rule \"Unclosed\" when".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        quanze.model.Location real = new quanze.model.Location("my-rules/a.drl", 10, 1);
        assertThat(places).containsEntry("my.rules\u0000Real", real).containsEntry("Real", real)
                .containsEntry("After a quote that holds a comment opener", new quanze.model.Location("my-rules/a.drl", 18, 1))
                .containsEntry("global seen", new quanze.model.Location("my-rules/a.drl", 8, 1))
                .doesNotContainKeys("In a line comment", "In a text block", "global hidden", "A query", "Unclosed");
    }
}
