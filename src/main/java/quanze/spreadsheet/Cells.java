package quanze.spreadsheet;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quanze.model.Basis;
import quanze.model.Keyed;
import quanze.model.Rank;
import quanze.model.Source;

/** Reading what power lists write in their cells: types, levels, sources, legal bases, Chinese numerals. */
final class Cells {

    private Cells() {
    }

    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("行政許可", "licensing"),
            Map.entry("行政處罰", "penalty"), Map.entry("行政強制", "coercion"), Map.entry("行政征收", "levy"),
            Map.entry("行政給付", "benefit"), Map.entry("行政檢查", "inspection"), Map.entry("行政確認", "confirmation"),
            Map.entry("行政獎勵", "reward"), Map.entry("行政裁決", "adjudication"), Map.entry("其他行政權力", "other"),
            Map.entry("其他", "other"), Map.entry("01", "licensing"), Map.entry("02", "penalty"),
            Map.entry("03", "coercion"), Map.entry("04", "levy"), Map.entry("05", "benefit"), Map.entry("06", "inspection"),
            Map.entry("07", "confirmation"), Map.entry("08", "reward"), Map.entry("09", "adjudication"),
            Map.entry("10", "other"));
    static final Map<String, String> LEVELS = ordered("市", "city", "市級", "city", "區", "district", "區級", "district",
            "區縣", "district", "縣", "district", "街道", "street", "鄉鎮", "street", "社區", "community");
    static final Map<String, String> SOURCES = ordered("法定本級行使", "by-law", "上級下放", "delegated", "上級授權",
            "authorised", "同級授權", "authorised", "上級委託", "entrusted", "同級委託", "entrusted");

    /** A map in the order written (messages list the names as a reader expects them). */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The level id a level cell names (市 → city, or an id as it is), or null for an empty cell. */
    static String level(String cell) {
        return cell.isEmpty() ? null : LEVELS.getOrDefault(cell, cell);
    }

    /** The source key a source cell names (上級下放 → delegated, or a key as it is), or null if it names none. */
    static String source(String cell) {
        String key = SOURCES.getOrDefault(cell, cell);
        return Keyed.parse(Source.class, key).isPresent() ? key : null;
    }

    private static final Pattern BASIS = Pattern.compile(
            "《(?:中華人民共和國)?([^》]+)》\\s*(?:第([0-9〇零一二三四五六七八九十百兩]+)條)?\\s*(?:\\(([a-z-]+)(, unconfirmed)?\\))?");

    /** The first control character in {@code s} (U+0000 to U+001F but tab and line ends, and U+007F), or -1. */
    static int control(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return c;
        }
        return -1;
    }

    /** A law, article and rank from one piece of a basis cell, or null when it names no 《law》. */
    static Basis basis(String text) {
        Matcher m = BASIS.matcher(text.strip());
        if (!m.find()) return null;
        String law = m.group(1).strip();
        String article = m.group(2) == null ? "" : arabic(m.group(2));
        Rank rank = m.group(3) != null ? Keyed.parse(Rank.class, m.group(3)).orElse(guess(law)) : guess(law);
        boolean confirmed = m.group(4) == null;
        String rest = text.strip().equals(m.group(0).strip()) ? null : text.strip();
        return new Basis(law, article, rank, confirmed, rest);
    }

    /** The rank a title suggests, as legal staff would read it; the original text is kept beside it. */
    static Rank guess(String law) {
        if (law.contains("國務院") && law.contains("決定")) return Rank.STATE_COUNCIL_DECISION;
        if (law.matches("^(湖北|[^省]{2,3})省.*條例.*") || law.matches("^[^市]{2,4}市.*條例.*")) return Rank.LOCAL_REGULATION;
        if (law.contains("條例")) return Rank.ADMINISTRATIVE_REGULATION;
        if (law.contains("省人民政府令")) return Rank.PROVINCIAL_RULE;
        if (law.contains("令") || law.endsWith("辦法") || law.endsWith("規定")) return Rank.DEPARTMENTAL_RULE;
        if (law.endsWith("法")) return Rank.LAW;
        return Rank.NORMATIVE_DOCUMENT;
    }

    /** 四十一 → 41, 一百零五 → 105; digits pass through. */
    static String arabic(String s) {
        if (s.chars().allMatch(Character::isDigit)) return s;
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = "〇零一二三四五六七八九".indexOf(c);
            if (c == '兩') {
                digit = 2;
            } else if (d >= 0) {
                digit = d < 2 ? 0 : d - 1;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            }
        }
        return String.valueOf(total + digit);
    }
}
