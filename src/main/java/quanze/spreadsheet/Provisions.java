package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quanze.model.Basis;
import quanze.model.Rank;
import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * Reads a basis cell of a published list (实施依据, 设定依据) into its provisions. A cell cites one or more
 * statutes, each like
 * <pre>【法律】《中华人民共和国种子法》（2000年7月8日…通过，2015年11月4日…修订，2016年1月1日起施行）
 *     第三十一条第二款：…text…</pre>
 * and each article it quotes becomes one {@link Basis}: the title as written and without 中华人民共和国, the
 * article, paragraph and subparagraph, the rank (from the tag, or the title and the enacting body), the tag and
 * the version parenthesis as written, the dates they give, and the article's own words, verbatim. What cannot be
 * read is returned as written, so that nothing of the cell is lost.
 */
final class Provisions {

    /** The provisions of a cell; {@code unread}: the pieces of it that are not part of one, as written. */
    record Parsed(List<Basis> bases, List<String> unread, List<String> warnings) {
    }

    private static final String NUM = "[〇零一二三四五六七八九十百千两兩0-9０-９]+";
    private static final String AND = "\\s*(?:、|和|及|与|，|,)\\s*";
    /**
     * 第三十一条第二款第（一）项, 第十条之一, 第三十九条至第五十条, and lists of paragraphs or subparagraphs:
     * 第五十八条第一款和第三款, 第九十七条第一项、第二项, 第六十二条第（一）（二）项. Group 4 spans the paragraphs, 5 the
     * subparagraphs (their numbers are read from the span).
     */
    static final Pattern ARTICLE = Pattern.compile("第\\s*(" + NUM + ")\\s*[条條](?:\\s*之\\s*(" + NUM + "))?"
            + "(?:\\s*(?:至|到|-|—|－)\\s*第?\\s*(" + NUM + ")\\s*[条條])?"
            + "(\\s*第\\s*" + NUM + "\\s*款(?:" + AND + "第?\\s*" + NUM + "\\s*款)*)?"
            + "(\\s*第?\\s*[（(]\\s*" + NUM + "\\s*[）)](?:(?:" + AND + ")?第?\\s*[（(]\\s*" + NUM + "\\s*[）)])*\\s*[项項]?"
            + "|\\s*第\\s*" + NUM + "\\s*[项項](?:" + AND + "第?\\s*" + NUM + "\\s*[项項])*)?");
    static final Pattern NUMBER = Pattern.compile(NUM);
    /** A 【tag】: letters only (【2021】 in a document number is not one). */
    private static final Pattern TAG = Pattern.compile("【\\s*([^】\\d\\n]{1,12}?)\\s*】");
    /** A tag that lost its opening bracket at the start of a line: {@code 法律】《…》}. */
    private static final Pattern HALF_TAG = Pattern.compile("[ \\t\\u3000]*([^】【《\\d\\n]{1,8}?)\\s*】(?=\\s*《)");
    static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}\\s*[.．、]|[（(]\\s*\\d{1,3}\\s*[)）]|"
            + "[一二三四五六七八九十]{1,3}\\s*、)\\s*");

    private final Vocabulary vocabulary;
    private final Ranks ranks;
    /** Statutes read before, by their text: a list cites the same provisions again and again. */
    private final Map<String, Parsed> seen = new HashMap<>();

    Provisions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.ranks = new Ranks(vocabulary);
    }

    Parsed parse(String cell) {
        List<Basis> out = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Integer> starts = starts(cell);
        if (starts.isEmpty()) {
            if (!cell.isBlank()) unread.add(cell.strip());
            return new Parsed(out, unread, warnings);
        }
        String before = cell.substring(0, starts.get(0));
        if (!before.isBlank() && !NUMBERING.matcher(before.strip()).replaceFirst("").isBlank()) unread.add(before.strip());
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : cell.length();
            Parsed one = statute(cell.substring(starts.get(k), end));
            out.addAll(one.bases());
            unread.addAll(one.unread());
            warnings.addAll(one.warnings());
        }
        return new Parsed(out, unread, warnings);
    }

    /** Where each statute starts: a 【tag】 the vocabulary knows or one before a title, or a title that starts a line. */
    private List<Integer> starts(String cell) {
        List<Integer> starts = new ArrayList<>();
        // scanned by the characters that can start them: a pattern's find() would try every position of a long cell
        Matcher tag = TAG.matcher(cell);
        for (int i = cell.indexOf('【'); i >= 0; i = cell.indexOf('【', i + 1)) {
            if (!tag.region(i, cell.length()).lookingAt()) continue;
            // a tag inside an article's words (依照【法律】《…》第四十七条的规定) quotes a law: it starts nothing
            if (!lineStart(cell, i) && "。；;".indexOf(ProvisionText.previous(cell, i)) < 0) continue;
            int after = skipSpace(cell, tag.end());
            boolean title = after < cell.length() && (cell.charAt(after) == '《' || cell.charAt(after) == '<');
            if (title || known(tag.group(1))) starts.add(i);
        }
        Matcher half = HALF_TAG.matcher(cell);
        for (int line = 0; line >= 0 && line < cell.length(); line = next(cell, line)) {
            if (cell.indexOf('】', line) < 0) break;
            if (half.region(line, cell.length()).lookingAt() && known(half.group(1))) starts.add(half.start(1));
        }
        // a cell with no tags that cites briefly (《…》第41條；《…》第7條) separates its statutes by semicolons
        boolean brief = starts.isEmpty() && !cell.strip().contains("\n");
        for (int i = cell.indexOf('《'); i >= 0; i = cell.indexOf('《', i + 1)) {
            boolean after = brief && "；;".indexOf(ProvisionText.previous(cell, numbered(cell, i))) >= 0;
            if ((lineStart(cell, i) || after) && !taggedAt(cell, i, starts)) starts.add(i);
        }
        starts.sort(null);
        return starts;
    }

    /** Where a numbering right before {@code i} starts ({@code 2.《…》}: the 2), else {@code i}. */
    private static int numbered(String cell, int i) {
        int from = Math.max(0, i - 8);
        Matcher m = NUMBERING_AT_END.matcher(cell.substring(from, i));
        return m.find() ? from + m.start() : i;
    }

    private static final Pattern NUMBERING_AT_END = Pattern.compile("(?:\\d{1,3}\\s*[.．、]|[（(]\\s*\\d{1,3}\\s*[)）]|"
            + "[一二三四五六七八九十]{1,3}\\s*、)\\s*$");

    /** The start of the line after the one at {@code i}, or -1. */
    private static int next(String cell, int i) {
        int n = cell.indexOf('\n', i);
        return n < 0 ? -1 : n + 1;
    }

    /** True when only white space and a numbering (1. （一） 二、) stand between the line's start and {@code i}. */
    private static boolean lineStart(String cell, int i) {
        int s = cell.lastIndexOf('\n', i - 1) + 1;
        if (i - s > 12) return false;
        String lead = cell.substring(s, i).strip();
        return lead.isEmpty() || NUMBERING.matcher(lead).replaceFirst("").isEmpty();
    }

    private boolean known(String tag) {
        return vocabulary.tag(tag) != null;
    }

    private static boolean taggedAt(String cell, int title, List<Integer> tags) {
        for (int t : tags) {
            int close = cell.indexOf('】', t);
            if (close >= 0 && skipSpace(cell, close + 1) == title) return true;
        }
        return false;
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i)) || i < s.length() && s.charAt(i) == '\u3000') i++;
        return i;
    }

    /** One statute, read once for every cell that quotes it alike (the bases are records: shared, not copied). */
    private Parsed statute(String p) {
        Parsed known = seen.get(p);
        if (known != null) return known;
        List<Basis> out = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        provision(p, out, unread, warnings);
        Parsed parsed = new Parsed(List.copyOf(out), List.copyOf(unread), List.copyOf(warnings));
        if (seen.size() < 100_000) seen.put(p, parsed);
        return parsed;
    }

    /** One statute: 【tag】《title》（version） then its articles. */
    private void provision(String p, List<Basis> out, List<String> unread, List<String> warnings) {
        int i = 0;
        String tag = null;
        Matcher t = TAG.matcher(p);
        Matcher h = HALF_TAG.matcher(p);
        if (t.lookingAt()) {
            tag = t.group(1).strip();
            i = skipSpace(p, t.end());
        } else if (h.lookingAt() && known(h.group(1))) {
            tag = h.group(1).strip();
            i = skipSpace(p, h.end());
        } else {
            i = skipSpace(p, 0);
            Matcher n = NUMBERING.matcher(p.substring(i));
            if (n.lookingAt()) i = skipSpace(p, i + n.end());
        }
        ProvisionText.Title title = ProvisionText.title(p, i, tag != null);
        if (title == null) {
            unread.add(p.strip());
            return;
        }
        String law = title.law().replaceAll("[\\s\\u3000]+", "");
        i = skipSpace(p, title.end());
        String version = title.prefix();
        // the version: a parenthesis after the title (a second one continues it)
        for (int n = 0; n < 2 && i < p.length() && (p.charAt(i) == '（' || p.charAt(i) == '('); n++) {
            int end = ProvisionText.closingParen(p, i);
            String paren = p.substring(i + 1, end < 0 ? ProvisionText.lineEnd(p, i) : end).strip();
            version = version == null ? paren : version + " " + paren;
            i = skipSpace(p, end < 0 ? ProvisionText.lineEnd(p, i) : end + 1);
        }
        Rank rank = ranks.rank(tag, law, version, warnings);
        for (String bad : VersionDates.impossible(version)) {
            warnings.add("《" + law + "》: the date '" + bad + "' in its version names no such day: not read");
        }
        String shortTitle = law.startsWith("中华人民共和国") || law.startsWith("中華人民共和國") ? law.substring(7) : null;
        String[] dates = VersionDates.dates(version);
        List<int[]> marks = ProvisionText.articles(p, i);
        if (marks.isEmpty()) {
            String text = p.substring(i).strip();
            out.add(new Basis(law, shortTitle, "", null, null, rank, true, null, tag, version, dates[0], dates[1],
                    dates[2], text.isEmpty() ? null : text));
            return;
        }
        String preamble = NUMBERING.matcher(p.substring(i, marks.get(0)[0]).strip()).replaceFirst("").strip();
        for (int k = 0; k < marks.size(); k++) {
            int[] m = marks.get(k);
            Matcher a = ARTICLE.matcher(p);
            a.region(m[0], m[1]);
            a.lookingAt();
            int textStart = ProvisionText.skipSeparators(p, m[1]);
            int textEnd = k + 1 < marks.size() ? marks.get(k + 1)[0] : p.length();
            String text = textStart < textEnd ? p.substring(textStart, textEnd).strip() : "";
            text = ProvisionText.stripListComma(text);
            String article = Cells.arabic(ProvisionText.digits(a.group(1))) + (a.group(2) == null ? "" : "-" + Cells.arabic(ProvisionText.digits(a.group(2))))
                    + (a.group(3) == null ? "" : "~" + Cells.arabic(ProvisionText.digits(a.group(3))));
            String paragraph = ProvisionText.numbers(a.group(4));
            String sub = ProvisionText.numbers(a.group(5));
            String note = k == 0 && !preamble.isEmpty() ? "before the article: " + preamble : null;
            out.add(new Basis(law, shortTitle, article, paragraph, sub, rank, true, note, tag, version, dates[0],
                    dates[1], dates[2], text.isEmpty() ? null : text));
        }
    }

    private static String cut(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
