package quanze.spreadsheet;


import quanze.model.Rank;

/** Reading what power lists write in their cells: control characters, the rank a title suggests, Chinese numerals. */
final class Cells {

    private Cells() {
    }

    /** The first control character in {@code s} (U+0000 to U+001F but tab and line ends, and U+007F), or -1. */
    static int control(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return c;
        }
        return -1;
    }

    /** The rank a title suggests, as legal staff would read it (in either script); the text is kept beside it. */
    static Rank guess(String law) {
        String t = quanze.script.Script.fold(law);
        if (t.contains("国务院") && t.contains("决定")) return Rank.STATE_COUNCIL_DECISION;
        if (t.matches("^(湖北|[^省]{2,3})省.*条例.*") || t.matches("^[^市]{2,4}(?<!城)市.*条例.*")
                || t.matches("^[^区]{2,8}自治区.*(条例|办法).*")) {
            return Rank.LOCAL_REGULATION;
        }
        if (t.contains("条例")) return Rank.ADMINISTRATIVE_REGULATION;
        if (t.contains("省人民政府令") || t.contains("自治区人民政府令")) return Rank.PROVINCIAL_RULE;
        if (t.contains("令") || t.endsWith("办法") || t.endsWith("规定") || t.endsWith("细则")) return Rank.DEPARTMENTAL_RULE;
        if (t.endsWith("法")) return Rank.LAW;
        return Rank.NORMATIVE_DOCUMENT;
    }

    /** 四十一 → 41, 一百零五 → 105; digits pass through. */
    static String arabic(String s) {
        if (s.chars().allMatch(Character::isDigit)) return s;
        // 一〇〇, 二〇五: digit by digit, without 十 or 百
        if (s.length() > 1 && s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                int d = "〇零一二三四五六七八九".indexOf(c);
                if (c == '两' || c == '兩') d = 3;
                b.append(d < 0 ? "" : d < 2 ? "0" : String.valueOf(d - 1));
            }
            return b.toString().replaceFirst("^0+(?=\\d)", "");
        }
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = "〇零一二三四五六七八九".indexOf(c);
            if (c == '千') {
                total += (digit == 0 ? 1 : digit) * 1000;
                digit = 0;
            } else if (c == '兩' || c == '两') {
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
