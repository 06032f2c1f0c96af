package quanze.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quanze.model.Basis;
import quanze.model.Rank;
import quanze.vocabulary.Vocabulary;

/**
 * The provisions of a basis cell, in the shapes published lists write them (each test a shape a review of the
 * Karamay lists found read wrongly, written here anew): lists of paragraphs and subparagraphs, a law quoted inside
 * an article's words, numbered articles, articles after a full stop, versions broken by a line break, digits of
 * 〇, brief citations after a numbering, titles that only look like a place's.
 */
class ProvisionsTest {

    private static final Provisions PROVISIONS = new Provisions(Vocabulary.bundled());

    private static List<Basis> read(String cell) {
        return PROVISIONS.parse(cell).bases();
    }

    private static final String SAFETY = "【法律】《中华人民共和国安全生产法》（2002年6月29日通过，2021年6月10日第三次修正）\n";

    @Test
    void aListOfParagraphsOrSubparagraphsIsReadWhole() {
        assertThat(read(SAFETY + "    第九十七条第一项、第二项：生产经营单位有下列行为之一的，责令限期改正。"))
                .extracting(Basis::article, Basis::subparagraph, Basis::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("97", "1,2", "生产经营单位有下列行为之一的，责令限期改正。"));
        assertThat(read(SAFETY + "    第六十二条第（一）（二）项：有下列情形之一的。").get(0).subparagraph()).isEqualTo("1,2");
        Basis b = read(SAFETY + "    第五十八条第一款和第三款：单位违反本法规定的。").get(0);
        assertThat(List.of(b.article(), b.paragraph(), b.text())).containsExactly("58", "1,3", "单位违反本法规定的。");
    }

    @Test
    void aLawQuotedInsideAnArticlesWordsStartsNothing() {
        List<Basis> bases = read("【规章】《点播影院、点播院线管理规定》（2018年3月30日起施行）\n"
                + "    第三十条第一款：违反本规定，擅自从事放映活动的，依照【法律】《中华人民共和国电影产业促进法》第四十七条的规定予以处罚。");
        assertThat(bases).hasSize(1);
        assertThat(bases.get(0).text()).endsWith("第四十七条的规定予以处罚。");
        // an article's words broken by a line break before 第七十七条的规定 go on: no article 77 of this rule
        List<Basis> wrapped = read("【规章】《内河海事行政处罚规定》（2015年5月29日公布）\n"
                + "    第三十二条：违反有关规定，船舶造成内河交通事故的，依照《内河交通安全管理条例》\n"
                + "第七十七条的规定，处2000元以上1万元以下的罚款。");
        assertThat(wrapped).extracting(Basis::article).containsExactly("32");
        assertThat(wrapped.get(0).text()).contains("第七十七条的规定");
    }

    @Test
    void numberedArticlesAndArticlesAfterAFullStopAreArticles() {
        List<Basis> numbered = read("【法规】《旅行社条例》（2009年2月20日公布，2020年11月29日修订）\n"
                + "    2.第三十六条：旅行社需要对旅游业务作出委托的。\n    1.第五十五条：违反本条例的规定的。");
        assertThat(numbered).extracting(Basis::article).containsExactly("36", "55");
        assertThat(numbered.get(0).note()).isNull();
        List<Basis> stops = read("【法律】《中华人民共和国公司法》（1993年12月29日通过，2023年12月29日修订）\n"
                + "    第二百五十五条　公司在合并时不依照本法规定通知债权人的，责令改正。 第二百五十六条　公司在进行清算时隐匿财产的，责令改正。");
        assertThat(stops).extracting(Basis::article).containsExactly("255", "256");
    }

    @Test
    void aVersionBrokenByALineBreakOrInTwoParenthesesKeepsItsDates() {
        Basis b = read("【法律】《中华人民共和国统计法》（1983年12月8日通过，根据2024\n年9月13日第二次修正）\n"
                + "    第四十四条：作为统计调查对象的单位有下列行为之一的，责令改正。").get(0);
        assertThat(List.of(String.valueOf(b.adopted()), String.valueOf(b.amended()))).containsExactly("1983-12-08", "2024-09-13");
        Basis two = read("【法规】《粮食流通管理条例》（2004年5月26日国务院令第407号公布）（2021年2月15日第三次修订）\n"
                + "    第十九条：从事粮食收购的经营者。").get(0);
        assertThat(List.of(String.valueOf(two.adopted()), String.valueOf(two.amended()))).containsExactly("2004-05-26", "2021-02-15");
        Basis same = read("【法规】《森林病虫害防治条例》（1989年12月18日国务院令第46号发布，自发布之日起施行）\n    第二十一条：奖励。").get(0);
        assertThat(same.effective()).isEqualTo("1989-12-18");
        Provisions.Parsed bad = PROVISIONS.parse("【法规】《某条例》（2000年2月30日发布）\n    第一条：总则。");
        assertThat(bad.bases().get(0).adopted()).isNull();
        assertThat(bad.warnings()).anyMatch(w -> w.contains("'2000年2月30日'") && w.contains("names no such day"));
    }

    @Test
    void numbersWrittenWithZeroAreReadDigitByDigit() {
        assertThat(read(SAFETY + "    第一〇〇条：处罚。").get(0).article()).isEqualTo("100");
        assertThat(read(SAFETY + "    第一百零三条：处罚。").get(0).article()).isEqualTo("103");
    }

    @Test
    void briefCitationsAfterANumberingAreTwo() {
        assertThat(read("1.《中华人民共和国统计法》第三十三条；2.《全国经济普查条例》第三十六条"))
                .extracting(Basis::title, Basis::article)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("统计法", "33"),
                        org.assertj.core.groups.Tuple.tuple("全国经济普查条例", "36"));
    }

    @Test
    void aRankIsReadFromThePlaceATitleBeginsWithNotFromWordsThatLookLikeOne() {
        assertThat(read("【规章】《人才市场管理规定》（2001年9月11日人事部、国家工商行政管理总局令第1号发布）\n    第三十五条：处罚。")
                .get(0).rank()).isEqualTo(Rank.DEPARTMENTAL_RULE);
        assertThat(read("【规章】《房屋建筑和市政基础设施工程施工招标投标管理办法》（2001年6月1日建设部令第89号发布）\n    第五十条：处罚。")
                .get(0).rank()).isEqualTo(Rank.DEPARTMENTAL_RULE);
        assertThat(read("【规章】《新疆维吾尔自治区地方储备粮管理办法》（2005年9月23日新疆维吾尔自治区人民政府令第133号公布）\n    第三条：管理。")
                .get(0).rank()).isEqualTo(Rank.PROVINCIAL_RULE);
        assertThat(read("【法规】《克拉玛依市市容环境卫生管理条例》（克拉玛依市人民代表大会常务委员会通过）\n    第三条：管理。")
                .get(0).rank()).isEqualTo(Rank.LOCAL_REGULATION);
        Provisions.Parsed law = PROVISIONS.parse("【法规】《中华人民共和国公路法》（1997年7月3日通过）\n    第七十六条：处罚。");
        assertThat(law.bases().get(0).rank()).isEqualTo(Rank.LAW);
        assertThat(law.warnings()).singleElement().asString().contains("a law's title: read as law");
    }
}
