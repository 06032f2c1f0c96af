package quanze.spreadsheet;

import java.util.List;
import java.util.regex.Pattern;

import quanze.model.Rank;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * The rank of a statute a basis cites (law, administrative regulation, local regulation, rule…): from its tag
 * (【法律】), and where a tag covers two ranks or there is none, from the enacting body and the title.
 */
final class Ranks {

    private final Vocabulary vocabulary;

    Ranks(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The rank a tag gives; for a tag that covers two ranks (法规, 规章), the one the enacting body and the title
     * say; with no tag or an unknown one, the one the title suggests (said in a warning).
     */
    Rank rank(String tag, String law, String version, List<String> warnings) {
        String v = version == null ? "" : version;
        if (tag != null) {
            String key = vocabulary.tag(tag);
            String bare = Script.fold(law).replaceAll("\\([^()]*\\)$", "");
            if ("law".equals(key) && (!bare.endsWith("法") || bare.endsWith("办法"))
                    && bare.matches(".*(条例|规定|办法|细则)")) {
                // 【法律】 on a 条例: laws are named 法; the title and its enacting body say what it is
                Rank read = regulation(law, v);
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》, which is not a law's title: read as " + read.key()
                        + " from its title" + (v.isEmpty() ? "" : " and '" + cut(v) + "'"));
                return read;
            }
            if (!"law".equals(key) && bare.endsWith("法") && !bare.endsWith("办法")) {
                // 【法规】, 【规章】 or 【规范性文件】 on a law's title: laws are named 法, and nothing else is
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》, a law's title: read as law from its title");
                return Rank.LAW;
            }
            if ("normative-document".equals(key) && Script.fold(v).contains("国务院令")) {
                // a 国务院令 promulgates an administrative regulation (行政法规由总理签署国务院令公布), or a decision
                Rank read = bare.endsWith("决定") ? Rank.STATE_COUNCIL_DECISION : Rank.ADMINISTRATIVE_REGULATION;
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》, promulgated by 国务院令: read as " + read.key());
                return read;
            }
            boolean ruleTag = Script.fold(tag).contains("规章") || Script.fold(tag).equals("部令");
            if (ruleTag && bare.endsWith("条例")) {
                // 【规章】 on a 条例: a rule may not be called 条例 (规章制定程序条例 (2017) Art. 7)
                Rank read = regulation(law, v);
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》: a rule may not be called 条例 (规章制定程序条例"
                        + " Art. 7), so it is read as " + read.key() + " from its title" + (v.isEmpty() ? "" : " and '"
                        + cut(v) + "'"));
                return read;
            }
            if (ruleTag && bare.startsWith("国务院") && bare.endsWith("决定")) {
                // 【规章】 on a decision of the State Council: the title says who decided
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》, a decision of the State Council by its title:"
                        + " read as state-council-decision");
                return Rank.STATE_COUNCIL_DECISION;
            }
            if (key != null && !key.equals("by-enactor")) return quanze.model.Keyed.parse(Rank.class, key).orElseThrow();
            if (key != null) return Script.fold(tag).contains("法规") ? regulation(law, v) : rule(law, v);
            Rank guess = Cells.guess(law);
            warnings.add("the tag 【" + tag + "】 names no rank of legal source: 《" + law + "》 read as "
                    + guess.key() + " from its title");
            return guess;
        }
        return Cells.guess(law);
    }

    /** 【法规】: a State Council regulation, or a local one (a province's or a city's congress). */
    private Rank regulation(String law, String version) {
        String v = Script.fold(version);
        if (names(v, "stateCouncil")) return Rank.ADMINISTRATIVE_REGULATION;
        if (names(v, "congress") || local(Script.fold(law))) return Rank.LOCAL_REGULATION;
        return Rank.ADMINISTRATIVE_REGULATION;
    }

    /** 【规章】: a ministry's rule, or a provincial or city government's. */
    private Rank rule(String law, String version) {
        String v = Script.fold(version);
        String l = Script.fold(law);
        boolean government = names(v, "government");
        if (provincial(l) || government && provincial(v)) return Rank.PROVINCIAL_RULE;
        if (local(l) || government) return Rank.MUNICIPAL_RULE;
        return Rank.DEPARTMENTAL_RULE;
    }

    /** True when the folded text names one of the vocabulary's words of this kind. */
    private boolean names(String folded, String kind) {
        for (String w : vocabulary.folded(kind)) if (folded.contains(w)) return true;
        return false;
    }

    /** A folded title (or version text) that begins with a provincial-level name: 新疆维吾尔自治区…, 湖北省…. */
    private boolean provincial(String folded) {
        for (String w : vocabulary.folded("provinces")) if (folded.startsWith(w)) return true;
        return false;
    }

    /** A place's name at the start of a title: 克拉玛依市…, 伊犁哈萨克自治州… (not 人才市场, 和市政). */
    private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{2,8}?(?<![城和])(?:市(?![场政容区辖])|自治州|州|盟|地区)");

    /** A folded title that begins with a place's name (克拉玛依市…, 新疆维吾尔自治区…): a local enactment. */
    private boolean local(String folded) {
        return provincial(folded) || PLACE.matcher(folded).find();
    }

    private static String cut(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
