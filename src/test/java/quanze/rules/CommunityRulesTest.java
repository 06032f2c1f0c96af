package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static quanze.support.TestCatalog.communityService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** rules/community.drl: QZ110, QZ114. */
class CommunityRulesTest {

    @TempDir
    Path tmp;

    private List<String> codes(Map<String, Object> service) {
        return new TestCatalog().category("svc", "community-service", List.of(service)).codes(tmp);
    }

    @Test
    void qz110EconomicDevelopmentAtThePublicServiceCentreIsFound() {
        var r = new TestCatalog().category("svc", "community-service",
                List.of(communityService("e", "economic-development", "service-centre"))).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ110");
            assertThat(f.basis()).contains("不再承擔區域經濟發展職能");
        });
    }

    @Test
    void qz110OtherServicesOfTheCentreAreNotFound() {
        assertThat(codes(communityService("c", "employment", "service-centre"))).isEmpty();
    }

    @Test
    void qz114PetitionsAtThePublicServiceCentreAreFound() {
        var r = new TestCatalog().category("svc", "community-service",
                List.of(communityService("p", "petitions", "service-centre"))).check(tmp);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QZ114");
            assertThat(f.message()).contains("public-service-centre").contains("belongs to mass-work-centre");
        });
    }

    @Test
    void qz114PetitionsAtTheMassWorkCentreAreNotFound() {
        assertThat(codes(communityService("p", "petitions", "mass-work-centre"))).isEmpty();
    }

    @Test
    void qz114TheServiceMapComesFromThePrinciple() {
        var catalog = new TestCatalog()
                .set("principle", Map.of("communityServices", Map.of("public-service-centre", List.of("petitions"),
                        "mass-work-centre", List.of())))
                .category("svc", "community-service", List.of(communityService("p", "petitions", "service-centre")));
        assertThat(catalog.codes(tmp)).isEmpty();
    }
}
