package quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import quanze.model.Basis;
import quanze.model.Rank;

/** The shipped register of statutes (catalog/statutes/statutes.yaml) and what it says of a cited version. */
class StatuteRegisterTest {

    private final StatuteRegister register = StatuteRegister.bundled();

    @Test
    void theRegisterCoversAtLeastThirtyStatutesEachWithASourceAndOrderedVersions() {
        List<StatuteRegister.Statute> all = register.statutes();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        Set<String> ids = new HashSet<>();
        for (StatuteRegister.Statute s : all) {
            assertThat(ids.add(s.id())).as("unique id %s", s.id()).isTrue();
            assertThat(s.source()).as(s.id()).startsWith("http");
            assertThat(s.title()).as(s.id()).isNotBlank();
            assertThat(s.traditional()).as(s.id()).isNotBlank();
            assertThat(s.rank()).as(s.id()).isIn(quanze.model.Keyed.keys(Rank.class));
            for (int i = 1; i < s.versions().size(); i++) {
                assertThat(s.versions().get(i).date()).as(s.id()).isAfter(s.versions().get(i - 1).date());
            }
            for (StatuteRegister.Version v : s.versions()) {
                assertThat(v.event()).as(s.id()).isIn("adopted", "amended", "revised");
                if (v.effective() != null) assertThat(v.effective()).as(s.id()).isAfterOrEqualTo(v.date());
            }
        }
    }

    private static Basis seedLaw(String title, String amended, String version) {
        return new Basis(title, null, "31", "2", null, Rank.LAW, true, null, "法律", version, "2000-07-08", amended,
                null, null);
    }

    @Test
    void aSupersededVersionIsNamedWithTheVersionInForceAndAnUnreadLaterYearIsNotJudged() {
        var old = register.outdated(null, seedLaw("中华人民共和国种子法", "2015-11-04", null), LocalDate.of(2027, 1, 1));
        assertThat(old).isNotNull();
        assertThat(old.message()).contains("version of 2015-11-04").contains("amended on 2021-12-24");
        // the same in traditional characters, without 中华人民共和国
        assertThat(register.outdated(null, seedLaw("種子法", "2015-11-04", null), LocalDate.of(2027, 1, 1))).isNotNull();
        // before the 2021 amendment took effect, the 2015 text was in force
        assertThat(register.outdated(null, seedLaw("中华人民共和国种子法", "2015-11-04", null), LocalDate.of(2021, 6, 1))).isNull();
        // the current version
        assertThat(register.outdated(null, seedLaw("中华人民共和国种子法", "2021-12-24", null), LocalDate.of(2027, 1, 1))).isNull();
        // the list's own words name a year its dates do not give (2021年4月29，… has no 日): not judged
        assertThat(register.outdated(null, seedLaw("中华人民共和国种子法", null, "2000年7月8日通过，2021年12月24，修正"),
                LocalDate.of(2027, 1, 1))).isNull();
        // a statute the register lacks
        assertThat(register.outdated(null, seedLaw("某某条例", "2015-11-04", null), LocalDate.of(2027, 1, 1))).isNull();
    }
}
