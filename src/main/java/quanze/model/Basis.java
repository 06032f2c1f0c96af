package quanze.model;

/**
 * One legal basis of a power: a provision of a statute, its rank, and — for a basis read from a published list —
 * the provision as the list quotes it.
 *
 * <ul>
 * <li>{@code law}: the title as written ({@code 中华人民共和国种子法}); {@code short}: the title without
 * {@code 中华人民共和国}, for matching (null when it is the same as {@code law}).</li>
 * <li>{@code article}, {@code paragraph}, {@code subparagraph}: 第三十一条第二款第（一）项 → 31, 2, 1 (null when
 * not cited).</li>
 * <li>{@code confirmed} is false where the article could not be checked against the published text; {@code note}
 * says why or what is uncertain.</li>
 * <li>{@code tag}: the list's 【tag】 as written ({@code 法律}, {@code 规章}), from which {@code rank} was read;
 * {@code version}: the parenthesis after the title, as written; {@code adopted}, {@code amended} (the latest
 * amendment) and {@code effective}: the dates it gives, ISO ({@code 2015-11-04}, {@code 2011-02} when it names
 * no day); {@code text}: the provision's own words, verbatim.</li>
 * </ul>
 */
public record Basis(String law, String shortTitle, String article, String paragraph, String subparagraph, Rank rank,
                    boolean confirmed, String note, String tag, String version, String adopted, String amended,
                    String effective, String text) {

    /** A basis as a catalog author writes it: a law, an article and a rank. */
    public Basis(String law, String article, Rank rank, boolean confirmed, String note) {
        this(law, null, article, null, null, rank, confirmed, note, null, null, null, null, null, null);
    }

    /**
     * The last day a date as a list writes it can mean: {@code 2015-11-04} itself, {@code 2011-02} the end of
     * February, {@code 2011} the end of the year; null when there is none or it is not such a date.
     */
    public static java.time.LocalDate lastDayOf(String iso) {
        if (iso == null) return null;
        try {
            if (iso.length() == 7) return java.time.YearMonth.parse(iso).atEndOfMonth();
            if (iso.length() == 4) return java.time.LocalDate.of(Integer.parseInt(iso), 12, 31);
            return java.time.LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The title to match on: the short title, else the law's without 中华人民共和国 (in either script). */
    public String title() {
        if (shortTitle != null) return shortTitle;
        if (law != null && (law.startsWith("中华人民共和国") || law.startsWith("中華人民共和國"))) return law.substring(7);
        return law;
    }

    /** 《种子法》 Art. 31(2). */
    public String cite() {
        StringBuilder sb = new StringBuilder("《").append(law).append("》");
        if (article != null && !article.isEmpty()) {
            sb.append(" Art. ").append(article);
            if (paragraph != null && !paragraph.isEmpty()) sb.append('(').append(paragraph).append(')');
            if (subparagraph != null && !subparagraph.isEmpty()) sb.append('(').append(subparagraph).append(')');
        }
        return sb.toString();
    }
}
