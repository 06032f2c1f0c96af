package quanze.script;

import java.util.Locale;

/**
 * The language of a report's labels: Chinese in simplified or traditional characters, or English. By default a
 * report answers in the script most of the catalog's names are written in ({@link #of}).
 */
public enum Lang {
    ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code zh-Hans}, {@code zh-Hant}, {@code en}. */
    public String tag() {
        return tag;
    }

    /** The language a tag names ({@code zh-Hans}, {@code zh-hant}, {@code zh-CN}, {@code en}…), or null. */
    public static Lang parse(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "zh-hans", "zh-cn", "zh-sg", "hans", "simplified" -> ZH_HANS;
            case "zh-hant", "zh-tw", "zh-hk", "zh-mo", "hant", "traditional" -> ZH_HANT;
            case "en", "en-us", "en-gb", "english" -> EN;
            default -> null;
        };
    }

    /**
     * The script most of these names are written in: simplified when more of their characters are simplified-only
     * than traditional-only, traditional when the opposite; English when none of them is Chinese.
     */
    public static Lang of(Iterable<String> names) {
        long traditional = 0;
        long simplified = 0;
        boolean chinese = false;
        for (String n : names) {
            if (n == null || n.isEmpty()) continue;
            int[] c = Script.count(n);
            traditional += c[0];
            simplified += c[1];
            chinese |= c[0] + c[1] > 0 || Script.han(n);
        }
        if (!chinese) return EN;
        return traditional > simplified ? ZH_HANT : ZH_HANS;
    }
}
