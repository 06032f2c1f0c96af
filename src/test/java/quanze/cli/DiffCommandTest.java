package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quanze diff}: the reformers' what-if, and its CI gate. */
class DiffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void microOnlyShowsTheChangedItemsWithTheirCauseAndTheSummary() {
        Run r = Run.of("diff", "catalog/huangshi/variants/micro-only.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Variant micro-only against catalog/huangshi: ")
                .contains("  social.organisation-registration: decision delegate → retain; level district → city;")
                .contains("      because of principle.delegableTraits")
                .contains("    delegated approvals: 23 → 17  (-6)")
                .contains("    errors: 0 → 23  (+23)");
    }

    @Test
    void eachShippedVariantPassesItsGate() {
        for (String v : new String[] {"micro-only", "coal-safety-stays-city", "cross-district-delegated",
                "2019-street-offices"}) {
            Run r = Run.of("diff", "catalog/huangshi/variants/" + v + ".yaml", "--expect",
                    "catalog/huangshi/variants/expected/" + v + ".yaml");
            assertThat(r.exit()).as(v + ": " + r.err()).isZero();
        }
    }

    @Test
    void theGateFailsOnAChangeThatWasNotExpected() throws Exception {
        Path expect = tmp.resolve("expect.yaml");
        Files.writeString(expect, "variant: micro-only\nchanges: []\n");
        Run r = Run.of("diff", "catalog/huangshi/variants/micro-only.yaml", "--expect", expect.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unexpected change: social.organisation-registration decision: delegate → retain")
                .contains("rewrite it with --write-expect");
    }

    @Test
    void writeExpectThenExpectRoundTrips() {
        Path expect = tmp.resolve("written.yaml");
        assertThat(Run.of("diff", "catalog/huangshi/variants/coal-safety-stays-city.yaml", "--write-expect",
                expect.toString()).exit()).isZero();
        assertThat(Run.of("diff", "catalog/huangshi/variants/coal-safety-stays-city.yaml", "--expect",
                expect.toString()).exit()).isZero();
    }

    @Test
    void markdownAndJsonCarryTheSameChanges() {
        Run md = Run.of("diff", "catalog/huangshi/variants/cross-district-delegated.yaml", "--format", "markdown");
        assertThat(md.out()).contains("| water.cross-district-abstraction | decision | retain | delegate | principle.blockingScopes |");
        Run json = Run.of("diff", "catalog/huangshi/variants/cross-district-delegated.yaml", "--format", "json");
        assertThat(json.out()).contains("\"field\" : \"decision\"").contains("\"causes\" : [ \"principle.blockingScopes\" ]");
    }

    @Test
    void aBrokenVariantExitsTwoWithItsPlace() throws Exception {
        Path v = tmp.resolve("bad.yaml");
        Files.writeString(v, "variant: {id: bad}\nitems:\n  planning.nope: {floor: city}\n");
        Run r = Run.of("diff", v.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:3:3: items.planning.nope: no item 'planning.nope' in the catalog")
                .doesNotContain("Exception");
    }

    @Test
    void aGateFileForAnotherVariantSaysSoNamingTheFileOnce() throws Exception {
        Path expect = tmp.resolve("other.yaml");
        Files.writeString(expect, "variant: coal-safety-stays-city\nchanges: []\n");
        Run r = Run.of("diff", "catalog/huangshi/variants/micro-only.yaml", "--expect", expect.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(expect + ": is for variant 'coal-safety-stays-city', not 'micro-only'\n");
    }

    @Test
    void aGateFileThatCannotBeReadIsAnInputErrorAtEachPlaceNeverAPass() throws Exception {
        Path expect = tmp.resolve("bad.yaml");
        Files.writeString(expect, """
                variant: [micro-only]
                chnages:
                  - 1
                  - {item: a, feild: decision, before: ~, after: retain}
                summary: {}
                """);
        Run r = Run.of("diff", "catalog/huangshi/variants/micro-only.yaml", "--expect", expect.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                expect + ":1:10: 'variant' must be a string, found a list",
                expect + ":2:1: unknown field 'chnages' in an expected-changes file; did you mean 'changes'? (expected"
                        + " one of: variant, changes)",
                expect + ":5:1: unknown field 'summary' in an expected-changes file (expected one of: variant, changes)",
                "3 problems in the input; nothing was compared.");
        Files.writeString(expect, """
                variant: micro-only
                changes:
                  - 1
                  - {item: a, feild: decision, before: ~, after: retain}
                """);
        r = Run.of("diff", "catalog/huangshi/variants/micro-only.yaml", "--expect", expect.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                expect + ":3:5: a change must be a mapping {item, field, before, after}, found the number 1",
                expect + ":4:15: unknown field 'feild' in a change; did you mean 'field'? (expected one of: item, field,"
                        + " before, after)",
                expect + ":4:40: 'before' must be a string, found an empty value",
                "3 problems in the input; nothing was compared.");
    }
}
