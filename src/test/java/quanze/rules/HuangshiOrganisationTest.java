package quanze.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import quanze.catalog.CatalogReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.CheckResult;
import quanze.model.Finding;
import quanze.model.InputException;
import quanze.model.UnitKind;

/**
 * Issue 16's acceptance: every fact of the seed that {@code catalog/huangshi} represents as organisation is checked,
 * so that changing it in a copy of the catalog brings the finding that says so; and the catalog as shipped has none.
 */
class HuangshiOrganisationTest {

    private static final RuleBase RULES = RuleBase.bundled();
    private static final Path HUANGSHI = Path.of("catalog/huangshi");

    @TempDir
    Path tmp;

    static Stream<Arguments> facts() {
        return Stream.of(
                // file, what is changed (first occurrence), into what, the code that must then be found, the fact
                fact("10", "kind: district, before: 4, after: 4", "kind: district, before: 5, after: 4", "QZ139",
                        "four urban districts (seed §1.1)"),
                fact("10", "abolished: 16", "abolished: 17", "QZ139", "16 street offices abolished (seed §1.1)"),
                fact("60", "district: hsg, until: \"2012\",", "district: hsg,", "QZ139",
                        "an abolished office abolished (one more kept: 15 abolished)"),
                fact("10", "before: 132, after: 81", "before: 132, after: 80", "QZ139", "132 → 81 communities (§1.2)"),
                fact("60", "count: 39, until: 2011-05", "count: 40, until: 2011-05", "QZ139",
                        "下陸區: 39 communities before the merger"),
                fact("10", "before: 183, after: 81", "before: 183, after: 82", "QZ139", "183 → 81 institutions (§5)"),
                fact("10", "before: 1141, after: 636", "before: 1141, after: 637", "QZ139", "1,141 → 636 posts (§5)"),
                fact("60", "sector: education,", "", "QZ139", "education is outside the institutions' totals (§5)"),
                fact("60", "functions: [economic-management]}]", "functions: []}]", "QZ130",
                        "a district's economy bureau took back its offices' economic management (§2.3)"),
                fact("60", "functions: [judicial-administration]}]", "functions: [judicial-administration,"
                        + " economic-management]}]", "QZ131", "economic management taken back once, by the economy"
                        + " bureau, not also by justice"),
                fact("60", "district: xss,\n     body: district-economy", "district: hsg,\n     body:"
                        + " district-economy", "QZ130", "西塞山區's offices' functions go to 西塞山區's departments"),
                fact("60", "takes: [{from: xl.xinxialu, functions: [public-services]}]", "takes: []", "QZ130",
                        "新下陸's area went to the industrial park committee (a successor that is no department)"),
                fact("60", "takes: [{from: hsg.communities-before},", "takes: [", "QZ132",
                        "黃石港區's old communities merged into the new ones"),
                fact("60", "bodies: [party-committee, public-service-centre, mass-work-centre,", "bodies: [party-committee,"
                        + " public-service-centre,", "QZ133", "every community has a mass-work centre (§3)"),
                fact("60", "residents-committee, social-organisation-centre]", "residents-committee]", "QZ133",
                        "every community has a social-organisation development centre (§3)"),
                fact("60", "sharedOffice: [public-service-centre, party-committee]", "sharedOffice: []", "QZ134",
                        "the service centre shares an office with the Party committee (合署辦公, §3)"),
                fact("60", "crossServing: [residents-committee, party-committee]", "crossServing: []", "QZ135",
                        "residents' committee and Party committee members cross-serve (交叉任職, §3)"),
                fact("60", "posts: 0, postsWith: hsg.civil-affairs", "posts: 0", "QZ140",
                        "street staff sent to the communities, their posts with a district department (上掛, §1.3)"),
                fact("60", "district: hsg,\n     until: \"2012\", functions: [duty]", "district: hsg,\n     functions:"
                        + " [duty]", "QZ138", "the Party and government duty rooms merged into one (§4)"),
                fact("60", "functions: [duty, emergency-management, information-reporting, incident-coordination],"
                        + "\n     takes: [{from: [hsg.party-duty-room, hsg.government-duty-room]}]", "functions: [duty,"
                        + " emergency-management],\n     takes: [{from: [hsg.party-duty-room]}]", "QZ130",
                        "the merged duty room takes over both rooms' duty"),
                fact("60", "leadsTo: hsg.information-centre", "leadsTo: hsg.mailbox", "QZ136",
                        "民情快車 leads to the district information centre (§4)"),
                fact("60", "leadsTo: xl.information-centre,", "leadsTo: xl.information-centre, answersComplaints:"
                        + " true,", "QZ137", "only the information centre answers (一個口子進出, §4)"),
                fact("60", "kind: information-centre, name: {zh: 鐵山區", "kind: other, name: {zh: 鐵山區", "QZ136",
                        "each district has an information centre"),
                fact("60", "functions: [minimum-allowance], postsWith: institutions.other", "functions:"
                        + " [minimum-allowance]", "QZ140", "the merged centres' staff bring posts (編制隨事走)"),
                fact("60", "takes: [{from: institutions-before, functions: [talent-exchange]", "takes: [{from:"
                        + " institutions-before, functions: []", "QZ130", "the talent exchange centres (§5)"),
                fact("60", "functions: [urban-management-services]", "functions: [economy-trade-services]", "QZ131",
                        "大城管 and 大經貿 are separate institutions (§5)"));
    }

    private static Arguments fact(String file, String from, String to, String code, String what) {
        return Arguments.of(file, from, to, code, what);
    }

    @ParameterizedTest(name = "{4}: {3}")
    @MethodSource("facts")
    void changingAFactBringsItsFinding(String file, String from, String to, String code, String what)
            throws Exception {
        Path copy = copy();
        Path f = copy.resolve(file.equals("10") ? "10-catalog.yaml" : "60-organisation.yaml");
        String text = Files.readString(f);
        assertThat(text).as("the fact as the catalog states it").contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        assertThat(codes(check(copy))).as(what).contains(code);
    }

    @Test
    void theCatalogAsShippedHoldsTogether() throws Exception {
        CheckResult r = check(HUANGSHI);
        assertThat(r.findings()).isEmpty();
        var org = r.catalog().organisation();
        assertThat(org.states()).extracting(s -> s.id()).containsExactly("before", "after");
        assertThat(org.count(UnitKind.STREET_OFFICE, org.first())).isEqualTo(19);
        assertThat(org.count(UnitKind.STREET_OFFICE, org.last())).isEqualTo(3);
        assertThat(org.count(UnitKind.COMMUNITY, org.first())).isEqualTo(132);
        assertThat(org.count(UnitKind.COMMUNITY, org.last())).isEqualTo(81);
        // what no public source gives says so in a field
        assertThat(org.units()).filteredOn(u -> u.id().startsWith("ts.")).allMatch(u -> u.reconstructed()
                || u.kind() == UnitKind.DEPARTMENT && u.body() != null);
        assertThat(org.units()).filteredOn(u -> u.reconstructed()).allMatch(u -> u.note() != null
                || u.source() != null);
    }

    @Test
    void totalsOfHugeGroupsDoNotOverflow() throws Exception {
        Path dir = tmp.resolve("huge");
        Files.createDirectories(dir);
        Files.copy(Path.of("src/test/resources/hostile/catalog/organisation-huge-count.yaml"), dir.resolve("c.yaml"));
        assertThat(check(dir).findings()).filteredOn(f -> f.code().equals("QZ139")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("in the organisation as it stands stated 1, the units add up to 2999999997"));
    }

    private Path copy() throws IOException {
        Path out = tmp.resolve("huangshi");
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(HUANGSHI)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, out.resolve(p.getFileName()));
            }
        }
        return out;
    }

    private static CheckResult check(Path dir) throws InputException {
        return new Engine(RULES).check(new CatalogReader().read(dir, dir.toString()));
    }

    private static List<String> codes(CheckResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }
}
