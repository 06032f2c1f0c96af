package quanze.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

/** The labels of the reports: every one in three languages, the Chinese two the same words in two scripts. */
class LabelsTest {

    private static TreeSet<String> placeholders(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void everyLabelHasEachLanguageTheSameValuesAndOneWordingInBothScripts() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        for (String key : Labels.keys()) {
            String en = Labels.raw(Lang.EN, key);
            String hans = Labels.raw(Lang.ZH_HANS, key);
            String hant = Labels.raw(Lang.ZH_HANT, key);
            assertThat(en).as(key + ".en").isNotNull();
            assertThat(hans).as(key + ".zh-Hans").isNotNull();
            assertThat(hant).as(key + ".zh-Hant").isNotNull();
            assertThat(placeholders(hans)).as(key).isEqualTo(placeholders(en)).isEqualTo(placeholders(hant));
            assertThat(Script.fold(hant)).as(key + ": the traditional label is the simplified one in the other script")
                    .isEqualTo(Script.fold(hans));
            assertThat(toSimplified.transliterate(hant)).as(key + " by ICU4J").isEqualTo(hans);
            assertThat(Lang.of(java.util.List.of(hans))).as(key + ".zh-Hans is written in simplified characters")
                    .isNotEqualTo(Lang.ZH_HANT);
        }
    }

    @Test
    void aLabelTakesItsValuesAndItsEnglishSingular() {
        assertThat(Labels.label(Lang.EN, "errors", 1)).isEqualTo("1 error");
        assertThat(Labels.label(Lang.EN, "errors", 2)).isEqualTo("2 errors");
        assertThat(Labels.label(Lang.ZH_HANS, "errors", 2)).isEqualTo("错误 2 个");
        assertThat(Labels.label(Lang.ZH_HANT, "errors", 1)).isEqualTo("錯誤 1 個");
    }

    @org.junit.jupiter.api.Test
    void englishPluralsFollowTheirOwnNumberWhereverItStands() {
        // issue 14: "1 in 1 categories", "1 warnings"
        assertThat(Labels.label(Lang.EN, "approvalsIn", 1, 1)).isEqualTo("1 in 1 category");
        assertThat(Labels.label(Lang.EN, "approvalsIn", 1, 2)).isEqualTo("1 in 2 categories");
        assertThat(Labels.label(Lang.EN, "warnings", 1)).isEqualTo("1 warning");
        assertThat(Labels.label(Lang.EN, "warnings", 0)).isEqualTo("0 warnings");
        assertThat(Labels.label(Lang.EN, "lawReadCount", 1, 1, 1, 1)).isEqualTo("1 of 1 item (1 certain; 1 quotes its article's words)");
        assertThat(Labels.label(Lang.ZH_HANS, "approvalsIn", 1, 1)).isEqualTo("1 项，涉及 1 个类别");
        // no English label puts a plural noun after a number it does not choose the word for ("{0} errors")
        for (String key : Labels.keys()) {
            String en = Labels.raw(Lang.EN, key);
            if (en != null) assertThat(en).as(key).doesNotContainPattern("\\{\\d\\} [a-z]+s\\b");
        }
    }
}
