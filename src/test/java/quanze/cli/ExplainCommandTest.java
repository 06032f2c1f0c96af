package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code quanze explain}: the principle and the article behind each step. */
class ExplainCommandTest {

    @Test
    void aDelegatedPermitShowsTheStatuteThePrincipleAndEachRole() {
        Run r = Run.of("explain", "planning.rural-construction-permit");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("basis     《城鄉規劃法》 Art. 41 (law)")
                .contains("1. A grassroots, foundational or micro-level power is delegated to the district")
                .contains("applies: 基層性、基礎性、微觀性權力一律下放")
                .contains("Decision: delegate → district")
                .containsPattern("supervision +city +city \\(city-planning\\)")
                .containsPattern("execution +district +district \\(district-planning\\)")
                .contains("Findings:\n  none");
    }

    @Test
    void aFindingIsExplainedWithTheRuleThatFoundIt() {
        Run r = Run.of("explain", "finance.procurement-method-change", "catalog/examples/before-reform");
        assertThat(r.out())
                .contains("A power whose statute sets a level above the district stays with the city")
                .contains("[QZ101]").contains("[QZ104]")
                .contains("waived error QZ104: declared at 'district', below its statutory floor 'city'")
                .contains("行政許可法 Art. 24");
    }

    @Test
    void anUnknownItemIsAUsageError() {
        Run r = Run.of("explain", "planning.rural");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no item 'planning.rural'").contains("planning.rural-construction-permit");
    }

    @Test
    void explainShowsTheFindingsCheckShowsWaiversIncluded() throws Exception {
        String item = "finance.procurement-method-change";
        String dir = "catalog/examples/before-reform";
        for (String[] asOf : new String[][] {{}, {"--as-of", "2028-01-01"}}) {
            java.util.List<String> checkArgs = new java.util.ArrayList<>(java.util.List.of("check", dir, "--format", "json"));
            checkArgs.addAll(java.util.List.of(asOf));
            Run c = Run.of(checkArgs.toArray(String[]::new));
            var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.out()).get("findings");
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (var f : findings) {
                if (!item.equals(f.path("item").asText(null))) continue;
                expected.add((f.has("waiver") ? "waived " : "")
                        + f.get("severity").asText() + " " + f.get("code").asText() + ": " + f.get("message").asText());
            }
            assertThat(expected).isNotEmpty();
            java.util.List<String> explainArgs = new java.util.ArrayList<>(java.util.List.of("explain", item, dir));
            explainArgs.addAll(java.util.List.of(asOf));
            Run e = Run.of(explainArgs.toArray(String[]::new));
            java.util.List<String> shown = e.out().lines().filter(l -> l.matches("  (waived )?(error|warning) QZ\\d+: .*"))
                    .map(String::strip).toList();
            assertThat(shown).as("explain %s", java.util.List.of(asOf)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void explainTakesTheWaiverRegisterAndTheDayOfCheck() {
        Run expired = Run.of("explain", "finance.procurement-method-change", "catalog/examples/before-reform",
                "--as-of", "2028-01-01");
        assertThat(expired.out()).contains("  error QZ104:").contains("warning QZ120:");
        Run none = Run.of("explain", "finance.procurement-method-change", "catalog/examples/before-reform",
                "--waivers", "no-such-waivers.yaml");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no-such-waivers.yaml: no such waiver register");
    }
}
