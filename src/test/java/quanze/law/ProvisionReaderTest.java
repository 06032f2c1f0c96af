package quanze.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quanze.model.PowerType;
import quanze.model.Reading;

/** The matcher alone: which actor of an article performs an act of a power type, and at which level. */
class ProvisionReaderTest {

    private final ProvisionReader reader = new ProvisionReader(LawWords.bundled());

    private List<String> read(String text, PowerType type) {
        return reader.read(text, type).stream()
                .map(r -> r.floor() + "/" + r.highest() + " " + r.pattern() + (r.direct() ? " direct" : "") + ": " + r.quote())
                .toList();
    }

    @Test
    void countyAndAboveHasNoUpperBoundAndCountyAloneHasOne() {
        assertThat(read("由县级以上人民政府林业主管部门责令停止违法行为，可以处毁坏林木价值五倍以下的罚款。", PowerType.PENALTY))
                .containsExactly("county/null county-and-above direct: 县级以上人民政府林业主管部门责令停止违法行为，可以处毁坏林木价值五倍以下的罚款");
        assertThat(read("由县级人民政府草原行政主管部门责令停止违法行为，可以并处三倍以下的罚款。", PowerType.PENALTY))
                .containsExactly("county/county county direct: 县级人民政府草原行政主管部门责令停止违法行为，可以并处三倍以下的罚款");
    }

    @Test
    void inATwoStageTextOnlyTheDecidingActCounts() {
        assertThat(read("由生产经营者所在地县级人民政府农业、林业主管部门审核，省、自治区、直辖市人民政府农业、林业主管部门核发。",
                PowerType.LICENSING)).containsExactly("province/province province: 省、自治区、直辖市人民政府农业、林业主管部门核发");
    }

    @Test
    void aLevelNamedForAnotherActIsNotRead() {
        assertThat(read("国务院林业主管部门制定标准。许可证由县级以上人民政府林业主管部门核发，并报省级人民政府林业主管部门备案。",
                PowerType.LICENSING)).containsExactly("county/null county-and-above direct: 县级以上人民政府林业主管部门核发");
        // 国务院…部门的规定: a possessive, not an actor
        assertThat(read("按照国务院交通主管部门的规定报请县级以上地方人民政府交通主管部门批准。", PowerType.LICENSING))
                .containsExactly("county/null county-and-above: 县级以上地方人民政府交通主管部门批准");
    }

    @Test
    void anOrganInsideAConditionDoesNotAct() {
        assertThat(read("拒绝、阻碍县级以上人民政府林业主管部门依法实施监督检查的，可以处五万元以下的罚款。", PowerType.PENALTY)).isEmpty();
    }

    @Test
    void anOrganWithNoLevelIsAReadingWithNoLevelAndDoesNotSwallowALevelAfterIt() {
        List<Reading> r = reader.read("逾期不改正的，由发证机关吊销许可证。", PowerType.PENALTY);
        assertThat(r).extracting(Reading::pattern).containsExactly(Reading.NO_LEVEL);
        assertThat(read("（一）县属国有林场，由所在地的县级人民政府林业主管部门核发；（三）重点林区的，由国务院林业主管部门核发。",
                PowerType.LICENSING)).containsExactly("county/county county direct: 县级人民政府林业主管部门核发",
                "national/national national direct: 国务院林业主管部门核发");
    }

    @Test
    void traditionalCharactersSpacesAndLineBreaksReadAsSimplified() {
        assertThat(read("由縣級以上地方人民政府林業主管部門責令停止違法行為，處 1000 元以下罰款。", PowerType.PENALTY))
                .containsExactly("county/null county-and-above direct: 縣級以上地方人民政府林業主管部門責令停止違法行為，處 1000 元以下罰款");
        assertThat(read("由县级以上\n人民政府林业主管部门处罚款。", PowerType.PENALTY)).isEmpty(); // a line break ends the sentence
        assertThat(read("由县级以上人民 政府林业主管部门处罚款。", PowerType.PENALTY)).hasSize(1);
    }

    @Test
    void aDecisionDelegatingAPowerNamesItsHolder() {
        assertThat(read("下放后实施机关：州、市（地）级人民政府人力资源社会保障部门。", PowerType.LICENSING))
                .containsExactly("prefecture/prefecture prefecture direct: 州、市（地）级人民政府人力资源社会保障部门");
    }

    @Test
    void approvalReachedThrough报IsReadButNotDirectAndAPlansApprovalIsNotTheItemsAct() {
        assertThat(read("申请人应当报经省、自治区、直辖市人民政府林业主管部门批准。", PowerType.LICENSING))
                .containsExactly("province/province province: 省、自治区、直辖市人民政府林业主管部门批准");
        assertThat(read("编制设置规划，报自治区人民政府批准后，向社会公布。", PowerType.LICENSING)).isEmpty();
        // unless the item is itself about the plan
        assertThat(reader.read("项目的选址方案应当报国务院建设主管部门核准。", PowerType.LICENSING, "重大建设项目选址方案核准"))
                .extracting(Reading::floor).containsExactly("national");
    }

    @Test
    void aTypeWithNoVerbsReadsNothing() {
        assertThat(read("由县级以上人民政府林业主管部门核发。", PowerType.OTHER)).isEmpty();
    }

    @Test
    void anOrganNamedAsAReferenceNeitherActsNorEndsTheActBeforeIt() {
        assertThat(read("县级以上地方人民政府草原行政主管部门应当按照国务院草原行政主管部门制定的草原载畜量标准，结合当地实际情况，定期核定草原载畜量。",
                PowerType.CONFIRMATION)).containsExactly("county/null county-and-above: "
                + "县级以上地方人民政府草原行政主管部门应当按照国务院草原行政主管部门制定的草原载畜量标准，结合当地实际情况，定期核定");
    }

    @Test
    void aSentenceThatOnlyAddsAConditionContinuesTheActorBeforeIt() {
        assertThat(read("由县级以上地方人民政府主管部门责令限期改正；逾期不改正的，处2万元以上10万元以下的罚款。", PowerType.PENALTY))
                .containsExactly("county/null county-and-above direct: "
                        + "县级以上地方人民政府主管部门责令限期改正；逾期不改正的，处2万元以上10万元以下的罚款");
        // a new paragraph does not continue it
        assertThat(read("由县级以上地方人民政府主管部门责令限期改正。\n逾期不改正的，处罚款。", PowerType.PENALTY)).isEmpty();
    }
}
