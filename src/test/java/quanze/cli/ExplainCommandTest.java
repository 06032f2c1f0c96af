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
                .contains("error QZ104: declared at 'district', below its statutory floor 'city'")
                .contains("行政許可法 Art. 24");
    }

    @Test
    void anUnknownItemIsAUsageError() {
        Run r = Run.of("explain", "planning.rural");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no item 'planning.rural'").contains("planning.rural-construction-permit");
    }
}
