package quanze.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quanze.engine.RuleBase;
import quanze.model.InputException;
import quanze.support.TestCatalog;

/** Variants: applied to a copy, diffed with causes, gated by expected-changes files. */
class VariantsTest {

    @TempDir
    Path tmp;

    private Path variant(String yaml) throws IOException {
        Path f = Files.createTempFile(tmp, "variant", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private Diff diff(Path catalog, Path variant) throws InputException {
        Variants v = new Variants(catalog, "cat", RuleBase.bundled(), Path.of("rules"));
        return v.diff(new VariantReader().read(variant, "v.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"micro-only", "coal-safety-stays-city", "cross-district-delegated", "2019-street-offices"})
    void eachShippedVariantChangesExactlyWhatItsExpectedFileSays(String id) throws Exception {
        Path dir = Path.of("catalog/huangshi/variants");
        Diff d = diff(Path.of("catalog/huangshi"), dir.resolve(id + ".yaml"));
        assertThat(d.changes()).isNotEmpty();
        assertThat(ExpectedChanges.compare(dir.resolve("expected").resolve(id + ".yaml"), "expected/" + id + ".yaml", d)).isEmpty();
    }

    @Test
    void aPrincipleSwitchAndAnItemPatchAreEachNamedAsTheCauseOfWhatTheyChange() throws Exception {
        var grassroots = TestCatalog.with(TestCatalog.approval("g"), "traits", List.of("grassroots"));
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("m"), grassroots).write(tmp);
        Path v = variant("""
                variant: {id: v, name: V}
                principle:
                  delegableTraits: [micro]
                items:
                  m: {scope: citywide}
                """);
        Diff d = diff(catalog, v);
        assertThat(d.changes()).extracting(c -> c.item() + " " + c.field() + " " + c.before() + "→" + c.after()
                + " by " + c.causes()).containsExactly(
                "m decision delegate→retain by [items.m]",
                "m level district→city by [items.m]",
                "m roles.management district→city by [items.m]",
                "m roles.execution district→city by [items.m]",
                "m roles.implementation district→city by [items.m]",
                "m roles.holder-supervision district→city by [items.m]",
                "g decision delegate→retain by [principle.delegableTraits]",
                "g level district→city by [principle.delegableTraits]",
                "g roles.management district→city by [principle.delegableTraits]",
                "g roles.execution district→city by [principle.delegableTraits]",
                "g roles.implementation district→city by [principle.delegableTraits]",
                "g roles.holder-supervision district→city by [principle.delegableTraits]",
                "g finding QZ101 absent→appears by [principle.delegableTraits]",
                "m finding QZ101 absent→appears by [items.m]",
                "g finding QZ102 absent→appears by [principle.delegableTraits]",
                "m finding QZ102 absent→appears by [items.m]");
        assertThat(d.before().approvals()).isEqualTo(2);
        assertThat(d.after().approvals()).isZero();
    }

    @Test
    void aChangeThatOnlyTwoEditsMakeTogetherSaysSo() throws Exception {
        var item = TestCatalog.with(TestCatalog.with(TestCatalog.approval("a"), "traits", List.of()), "scope", "cross-district");
        item = TestCatalog.with(item, "declared", TestCatalog.declared("city", "by-law", "city-dept", "city-dept"));
        Path catalog = new TestCatalog().approvals(item).write(tmp);
        // neither edit alone moves 'a': a trait alone is still blocked by its scope, an unblocked scope
        // alone leaves it with no delegable trait
        Path v = variant("""
                variant: {id: v, name: V}
                principle: {blockingScopes: [citywide]}
                items:
                  a: {traits: [micro]}
                """);
        Diff d = diff(catalog, v);
        assertThat(d.changes()).filteredOn(c -> c.field().equals("decision")).singleElement()
                .satisfies(c -> assertThat(c.causes()).containsExactly(
                        "only these edits together: principle.blockingScopes, items.a"));
    }

    @Test
    void aVariantExtendsAnotherAndDisablesARule() throws Exception {
        Path catalog = new TestCatalog().approvals(TestCatalog.with(TestCatalog.approval("a"), "accountability", List.of()))
                .write(tmp);
        Path base = tmp.resolve("base.yaml");
        Files.writeString(base, "variant: {id: base, name: Base}\nprinciple: {delegableTraits: [grassroots]}\n");
        Path v = tmp.resolve("child.yaml");
        Files.writeString(v, "variant: {id: child, name: Child, extends: base.yaml}\nrules: {disable: [QZ107]}\n");
        Diff d = diff(catalog, v);
        assertThat(d.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("finding QZ107");
            assertThat(c.after()).isEqualTo("gone");
            assertThat(c.causes()).containsExactly("rules.disable QZ107");
        });
        assertThat(d.changes()).anySatisfy(c -> assertThat(c.causes()).containsExactly("principle.delegableTraits"));
    }

    @Test
    void anExtendsLoopIsAnError() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), "variant: {id: a, extends: b.yaml}\n");
        Files.writeString(tmp.resolve("b.yaml"), "variant: {id: b, extends: a.yaml}\n");
        var e = catchThrowableOfType(InputException.class, () -> new VariantReader().read(tmp.resolve("a.yaml"), "a.yaml"));
        assertThat(e.getMessage()).contains("'extends' loops back");
    }

    @Test
    void brokenVariantsNameTheirPlaceAndLeaveTheCatalogAlone() throws Exception {
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        byte[] before = Files.readAllBytes(catalog.resolve("catalog.yaml"));
        Map<String, String> cases = Map.of(
                "variant: {id: v}\nitems:\n  nope: {floor: city}\n", "v.yaml:3:3: items.nope: no item 'nope' in the catalog",
                "variant: {id: v}\nitems:\n  a: {flor: city}\n", "unknown field 'flor' in an item; did you mean 'floor'?",
                "variant: {id: v}\nprinciple: {delegableTrait: [micro]}\n", "unknown field 'delegableTrait' in 'principle'",
                "variant: {id: v}\nrules: {extra: [missing.drl]}\n", "rules.extra names 'missing.drl', which does not exist");
        for (var c : cases.entrySet()) {
            Path v = variant(c.getKey());
            var e = catchThrowableOfType(InputException.class, () -> diff(catalog, v));
            assertThat(e).as(c.getKey()).isNotNull();
            assertThat(e.getMessage()).as(c.getKey()).contains(c.getValue());
        }
        assertThat(Files.readAllBytes(catalog.resolve("catalog.yaml"))).isEqualTo(before);
    }

    @Test
    void extraRulesThatDoNotCompileAreAnError() throws Exception {
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        Files.writeString(tmp.resolve("extra.drl"), "package quanze.rules;\nimport quanze.model.*;\n\n"
                + "rule \"An extra rule that reads a field no item has\"\nwhen\n    Item(nosuchfield == 1)\nthen\nend\n");
        Path v = tmp.resolve("v.yaml");
        Files.writeString(v, "variant: {id: v}\nrules: {extra: [extra.drl]}\n");
        var e = catchThrowableOfType(InputException.class, () -> diff(catalog, v));
        // named as the variant names it, beside the variant as shown (v.yaml), not by its absolute path
        assertThat(e.getMessage()).startsWith("extra.drl:6:1: rule does not compile");
    }

    @Test
    void extraRulesMustBeDrlFiles() throws Exception {
        Files.writeString(tmp.resolve("extra.txt"), "rule \"x\" when then end\n");
        assertThat(readProblems("variant: {id: v}\nrules: {extra: [extra.txt, missing.drl]}\n")).containsExactly(
                "v.yaml:2:17: rules.extra names 'extra.txt', which is not a .drl file (extra rules are DRL files)",
                "v.yaml:2:28: rules.extra names 'missing.drl', which does not exist");
    }

    private List<String> readProblems(String yaml) throws IOException {
        Path v = variant(yaml);
        var e = catchThrowableOfType(InputException.class, () -> new VariantReader().read(v, "v.yaml"));
        assertThat(e).as(yaml).isNotNull();
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void blocksOfTheWrongTypeAreErrorsAtTheirPlaceNotSkipped() throws Exception {
        assertThat(readProblems("""
                variant: {id: v, name: [V], extends: [base.yaml]}
                principle: [micro]
                items: [a]
                levels: {street: abolished}
                add: {levels: province, bodies: {id: b}}
                remove: [a]
                rules: {disable: QZ107, extra: x.drl}
                """)).containsExactly(
                "v.yaml:1:24: 'variant.name' must be a string or a mapping {zh, en}, found a list",
                "v.yaml:1:38: 'variant.extends' must be the name of a variant file, found a list",
                "v.yaml:2:12: 'principle' must be a mapping, found a list",
                "v.yaml:3:8: 'items' must be a mapping, found a list",
                "v.yaml:4:18: 'levels.street' must be a mapping, found the string 'abolished'",
                "v.yaml:5:15: 'add.levels' must be a list, found the string 'province'",
                "v.yaml:5:33: 'add.bodies' must be a list, found a mapping",
                "v.yaml:6:9: 'remove' must be a mapping {items, units}, found a list",
                "v.yaml:7:18: 'rules.disable' must be a list, found the string 'QZ107'",
                "v.yaml:7:32: 'rules.extra' must be a list, found the string 'x.drl'");
    }

    @Test
    void unknownFieldsSuggestTheNameMeant() throws Exception {
        assertThat(readProblems("varaint: {id: v}\n")).first().asString()
                .startsWith("v.yaml:1:1: unknown field 'varaint' in a variant file; did you mean 'variant'?");
        assertThat(readProblems("variant: {id: v, extend: base.yaml}\nrules: {disabel: [QZ107]}\n")).containsExactly(
                "v.yaml:1:18: unknown field 'extend' in 'variant'; did you mean 'extends'? (expected one of: id, name,"
                        + " description, extends)",
                "v.yaml:2:9: unknown field 'disabel' in 'rules'; did you mean 'disable'? (expected one of: disable, extra)");
    }

    @Test
    void extendingSomethingThatIsNotARegularFileSaysWhatItIs() throws Exception {
        Files.createDirectories(tmp.resolve("folder.yaml"));
        assertThat(readProblems("variant: {id: v, extends: /dev/null}\n")).containsExactly(
                "v.yaml:1:27: extends '/dev/null', which is not a regular file (a device, a pipe or a socket): give a file");
        assertThat(readProblems("variant: {id: v, extends: folder.yaml}\n")).containsExactly(
                "v.yaml:1:27: extends 'folder.yaml', which is a folder, not a file");
        assertThat(readProblems("variant: {id: v, extends: nowhere.yaml}\n")).containsExactly(
                "v.yaml:1:27: extends 'nowhere.yaml', which does not exist");
    }

    @Test
    void anAddedLevelOrBodyWithTheIdOfOneTheCatalogHasIsAnError() throws Exception {
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        Path v = variant("""
                variant: {id: v}
                add:
                  levels: [{id: city, abolished: true}, {id: province}, {id: province}]
                  bodies: [{id: city-dept, level: city, name: Again}]
                """);
        var e = catchThrowableOfType(InputException.class, () -> diff(catalog, v));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "v.yaml:3:12: a second level 'city': add.levels adds a level the catalog already has (to change it,"
                        + " patch it under 'levels:')",
                "v.yaml:3:57: a second level 'province': add.levels adds a level the catalog already has (to change"
                        + " it, patch it under 'levels:')",
                "v.yaml:4:12: a second body 'city-dept': add.bodies adds a body the catalog already has");
    }

    @Test
    void disablingARuleOrCodeTheRuleBaseLacksIsAnErrorAtItsPlace() throws Exception {
        Path catalog = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        Path v = variant("""
                variant: {id: v}
                rules: {disable: [QZ999, QZ1077, "Every power has a legal basis", Every power has a legal bases]}
                """);
        var e = catchThrowableOfType(InputException.class, () -> diff(catalog, v));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "v.yaml:2:19: rules.disable 'QZ999' names no rule or finding code of the rule base (its finding codes:"
                        + " QZ101, QZ102, QZ103, QZ104, QZ105, QZ106, QZ107, QZ108, QZ109, QZ110, QZ111, QZ112, QZ113,"
                        + " QZ114, QZ115, QZ116, QZ117, QZ118, QZ119, QZ120, QZ121, QZ122, QZ123, QZ124, QZ125, QZ126, QZ130,"
                        + " QZ131, QZ132, QZ133, QZ134, QZ135, QZ136, QZ137, QZ138, QZ139, QZ140)",
                "v.yaml:2:26: rules.disable 'QZ1077' names no rule or finding code of the rule base; did you mean"
                        + " 'QZ107'?",
                "v.yaml:2:67: rules.disable 'Every power has a legal bases' names no rule or finding code of the rule"
                        + " base; did you mean 'Every power has a legal basis'?");
    }

    @Test
    void anExpectedChangesFileNeedsItsVariantAndEveryFieldOfAChange() throws Exception {
        Path f = variant("changes: [{item: a, field: decision, before: delegate}]\n");
        var e = catchThrowableOfType(InputException.class,
                () -> ExpectedChanges.compare(f, "x.yaml", new Diff("v", List.of(), null, null)));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "x.yaml:1:1: an expected-changes file needs 'variant': the id of the variant",
                "x.yaml:1:11: a change needs 'after': the value with the variant");
    }
}
