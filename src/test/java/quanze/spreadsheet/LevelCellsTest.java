package quanze.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import quanze.vocabulary.Vocabulary;

/** Level cells as published lists write them. */
class LevelCellsTest {

    private static final Vocabulary V = Vocabulary.bundled();

    private static LevelCells.Levels read(String cell) {
        return LevelCells.read(cell, V);
    }

    @Test
    void oneLevelAndSeveralInEitherScript() {
        assertThat(read("县市区级").ids()).containsExactly("county");
        assertThat(read("自治区级、地州市级、县市区级").ids()).containsExactly("province", "prefecture", "county");
        assertThat(read("地州\n市級").ids()).containsExactly("prefecture");
        assertThat(read("地州市级；负责辖区内的审核").rest()).isEqualTo("负责辖区内的审核");
    }

    @Test
    void levelsNamedTogetherWithACountWord() {
        LevelCells.Levels l = read("市、区两级");
        assertThat(l.ids()).containsExactly("prefecture", "county");
        assertThat(l.rest()).isNull();
        assertThat(l.range()).isNull();
        assertThat(read("省、市、县三级").ids()).containsExactly("province", "prefecture", "county");
    }

    @Test
    void aRangeDeclaresEachLocalLevelItCoversAndSaysSo() {
        LevelCells.Levels up = read("县级以上");
        assertThat(up.ids()).containsExactly("province", "prefecture", "county");
        assertThat(up.range()).isEqualTo("县级以上");
        assertThat(up.words()).containsExactly("", "", "县级");
        LevelCells.Levels down = read("縣級以下");
        assertThat(down.ids()).containsExactly("county", "township");
        assertThat(read("县市区级").range()).isNull();
    }

    @Test
    void aOneCharacterWordOnlyWhereItEnds() {
        assertThat(read("市场监管部门").ids()).isEmpty();
        assertThat(read("区域内").ids()).isEmpty();
        assertThat(read("市").ids()).isEqualTo(List.of("prefecture"));
    }
}
