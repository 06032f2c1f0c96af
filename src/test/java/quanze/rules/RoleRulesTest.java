package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.approval;
import static quanze.support.TestCatalog.with;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** rules/roles.drl: QZ102, QZ103, QZ109. */
class RoleRulesTest {

    @TempDir
    Path tmp;

    @Test
    void qz102ADistrictThatSetsStandardsIsFound() {
        var item = with(approval("a"), "declared.roles.standard", "district-dept");
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ102");
            assertThat(f.message()).isEqualTo("standard is held by district-dept at 'district' but belongs at 'city'");
        });
    }

    @Test
    void qz102TheSeedsSplitIsNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).isEmpty();
    }

    @Test
    void qz103ACityBodySupervisingItsOwnBranchInADelegatedPowerIsStillFound() {
        var item = approval("a");
        for (String r : new String[] {"management", "execution", "implementation"}) {
            with(item, "declared.roles." + r, "city-branch");
        }
        // the power is delegated to the district, so a branch of the city may not receive it (QZ123), and the city
        // bureau overseeing it is oversight within the line (QZ103): only a power held as a branch is exempt
        assertThat(new TestCatalog().approvals(item).codes(tmp)).containsExactlyInAnyOrder("QZ103", "QZ123");
    }

    @Test
    void qz103ABranchOfficeSupervisingItsOwnParentIsFound() {
        var item = approval("a");
        for (String r : new String[] {"management", "execution", "implementation"}) {
            with(item, "declared.roles." + r, "city-dept");
        }
        with(item, "declared.roles.supervision", "city-branch");
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).filteredOn(f -> f.code().equals("QZ103")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("execution by city-dept")
                        .contains("supervision by city-branch, which is a branch or office of the executing body"));
    }

    @Test
    void qz103TheSameBodySupervisingAndExecutingIsFound() {
        var item = with(approval("a"), "declared.roles.supervision", "district-dept");
        assertThat(new TestCatalog().approvals(item).codes(tmp)).contains("QZ103");
    }

    @Test
    void qz103SeparateCityAndDistrictBodiesAreNotFound() {
        assertThat(new TestCatalog().approvals(approval("a")).codes(tmp)).doesNotContain("QZ103");
    }

    @Test
    void qz109ADelegatedPowerWithoutAnImplementingBodyIsFound() {
        var item = with(approval("a"), "declared.roles.implementation", null);
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ109");
            assertThat(f.message()).contains("[implementation]");
        });
    }

    @Test
    void qz109ARetainedPowerNeedsNoDistrictBody() {
        var item = with(with(approval("a"), "traits", java.util.List.of()), "declared",
                Map.of("level", "city", "source", "by-law", "roles", Map.of("policy", "city-dept")));
        assertThat(new TestCatalog().approvals(item).codes(tmp)).doesNotContain("QZ109");
    }
}
