package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.approval;
import static quanze.support.TestCatalog.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.Decision;
import quanze.model.Role;
import quanze.model.Verdict;
import quanze.support.TestCatalog;

/** rules/decisions.drl: where each power is exercised, and the level of each role. */
class DecisionRulesTest {

    @TempDir
    Path tmp;

    private Decision decide(Map<String, Object> item) {
        var r = new TestCatalog().approvals(item).check(tmp);
        assertThat(r.decisions()).hasSize(1);
        return r.decisions().get(0);
    }

    @Test
    void aMicroLevelPowerIsDelegatedToTheDistrictAndTheCityKeepsSupervision() {
        Decision d = decide(approval("a"));
        assertThat(d.verdict()).isEqualTo(Verdict.DELEGATE);
        assertThat(d.level()).isEqualTo("district");
        assertThat(d.roles()).containsEntry(Role.SUPERVISION, "city").containsEntry(Role.EXECUTION, "district");
        assertThat(d.rule()).isEqualTo("A grassroots, foundational or micro-level power is delegated to the district");
        assertThat(d.why()).contains("[micro]");
    }

    @Test
    void aPowerWithNoDelegableTraitStaysWithTheCity() {
        Decision d = decide(with(approval("a"), "traits", List.of()));
        assertThat(d.verdict()).isEqualTo(Verdict.RETAIN);
        assertThat(d.level()).isEqualTo("city");
        assertThat(d.roles()).containsEntry(Role.EXECUTION, "city");
        assertThat(d.rule()).isEqualTo("A power with no delegable trait stays with the city");
    }

    @Test
    void aCrossDistrictPowerStaysWithTheCityWhateverItsTraits() {
        Decision d = decide(with(approval("a"), "scope", "cross-district"));
        assertThat(d.verdict()).isEqualTo(Verdict.RETAIN);
        assertThat(d.rule()).isEqualTo("A power that reaches across districts or the whole city stays with the city");
        assertThat(d.why()).contains("cross-district");
    }

    @Test
    void aPowerWhoseStatutoryFloorIsTheCityStaysWithTheCity() {
        Decision d = decide(with(approval("a"), "floor", "city"));
        assertThat(d.verdict()).isEqualTo(Verdict.RETAIN);
        assertThat(d.rule()).isEqualTo("A power whose statute sets a level above the district stays with the city");
        assertThat(d.why()).contains("'city'").contains("建築法");
    }

    @Test
    void aFloorAtTheDistrictDoesNotBlockDelegation() {
        assertThat(decide(with(approval("a"), "floor", "district")).verdict()).isEqualTo(Verdict.DELEGATE);
    }

    @Test
    void aPowerWithoutLegalBasisIsNotDelegated() {
        Decision d = decide(with(approval("a"), "basis", List.of()));
        assertThat(d.verdict()).isEqualTo(Verdict.RETAIN);
        assertThat(d.rule()).isEqualTo("A power without a legal basis is not delegated");
    }

    @Test
    void theTraitsThatCountComeFromThePrincipleNotFromJava() {
        var catalog = new TestCatalog()
                .set("principle", Map.of("delegableTraits", List.of("grassroots")))
                .approvals(approval("a"));
        Decision d = catalog.check(tmp).decisions().get(0);
        assertThat(d.verdict()).isEqualTo(Verdict.RETAIN);
        assertThat(d.why()).contains("[grassroots]");
    }

    @Test
    void aCommunityServiceIsDeliveredInTheCommunityUnderDistrictOversight() {
        var r = new TestCatalog().category("svc", "community-service",
                List.of(TestCatalog.communityService("s", "culture", "service-centre"))).check(tmp);
        Decision d = r.decisions().get(0);
        assertThat(d.level()).isEqualTo("community");
        assertThat(d.roles()).containsEntry(Role.POLICY, "city").containsEntry(Role.SUPERVISION, "district")
                .containsEntry(Role.EXECUTION, "community");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aFunctionOfAnAbolishedStreetOfficeIsTakenBackByTheDistrict() {
        var item = with(with(approval("f"), "origin", "street"), "type", "other");
        var r = new TestCatalog().category("street", "street-function", List.of(item)).check(tmp);
        Decision d = r.decisions().get(0);
        assertThat(d.level()).isEqualTo("district");
        assertThat(d.rule()).isEqualTo("A function of an abolished street office is taken back by the district");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aStreetFunctionStaysWithAStreetLevelThatIsInForce() {
        var item = with(with(approval("f"), "origin", "street"), "type", "other");
        var catalog = new TestCatalog().category("street", "street-function", List.of(item));
        catalog.set("levels", List.of(Map.of("id", "city"), Map.of("id", "district"), Map.of("id", "street"),
                Map.of("id", "community")));
        Decision d = catalog.check(tmp).decisions().get(0);
        assertThat(d.level()).isEqualTo("street");
        assertThat(d.roles()).containsEntry(Role.EXECUTION, "street").containsEntry(Role.SUPERVISION, "district");
    }
}
