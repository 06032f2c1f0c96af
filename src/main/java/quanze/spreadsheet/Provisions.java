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
    private static final Pattern ARTICLE = Pattern.compile("第\\s*(" + NUM + ")\\s*[条條](?:\\s*之\\s*(" + NUM + "))?"
            + "(?:\\s*(?:至|到|-|—|－)\\s*第?\\s*(" + NUM + ")\\s*[条條])?"
            + "(\\s*第\\s*" + NUM + "\\s*款(?:" + AND + "第?\\s*" + NUM + "\\s*款)*)?"
            + "(\\s*第?\\s*[（(]\\s*" + NUM + "\\s*[）)](?:(?:" + AND + ")?第?\\s*[（(]\\s*" + NUM + "\\s*[）)])*\\s*[项項]?"
            + "|\\s*第\\s*" + NUM + "\\s*[项項](?:" + AND + "第?\\s*" + NUM + "\\s*[项項])*)?");
    private static final Pattern NUMBER = Pattern.compile(NUM);
    /** A 【tag】: letters only (【2021】 in a document number is not one). */
    private static final Pattern TAG = Pattern.compile("【\\s*([^】\\d\\n]{1,12}?)\\s*】");
    /** A tag that lost its opening bracket at the start of a line: {@code 法律】《…》}. */
    private static final Pattern HALF_TAG = Pattern.compile("[ \\t\\u3000]*([^】【《\\d\\n]{1,8}?)\\s*】(?=\\s*《)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");
    /** The verbs a version's clause uses for each date. */
    private static final List<String> AMENDED = List.of("修订", "修正", "修改", "改正");
    private static final List<String> ADOPTED = List.of("通过", "发布", "公布", "颁布", "印发", "令");
    private static final List<String> EFFECTIVE = List.of("施行", "实施", "生效");
    private static final Pattern EFFECTIVE_FIRST = Pattern.compile("起?(施行|实施|生效)");
    private static final Pattern SAME_DAY = Pattern.compile("自(发布|公布|印发)之日起(施行|实施|生效)");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}\\s*[.．、]|[（(]\\s*\\d{1,3}\\s*[)）]|"
            + "[一二三四五六七八九十]{1,3}\\s*、)\\s*");

    private final Vocabulary vocabulary;
    /** Statutes read before, by their text: a list cites the same provisions again and again. */
    private final Map<String, Parsed> seen = new HashMap<>();

    Provisions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
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
            if (!lineStart(cell, i) && "。；;".indexOf(previous(cell, i)) < 0) continue;
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
            boolean after = brief && "；;".indexOf(previous(cell, numbered(cell, i))) >= 0;
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

    private static int skipSpace(String s, int i) {
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
        Title title = title(p, i, tag != null);
        if (title == null) {
            unread.add(p.strip());
            return;
        }
        String law = title.law().replaceAll("[\\s\\u3000]+", "");
        i = skipSpace(p, title.end());
        String version = title.prefix();
        // the version: a parenthesis after the title (a second one continues it)
        for (int n = 0; n < 2 && i < p.length() && (p.charAt(i) == '（' || p.charAt(i) == '('); n++) {
            int end = closingParen(p, i);
            String paren = p.substring(i + 1, end < 0 ? lineEnd(p, i) : end).strip();
            version = version == null ? paren : version + " " + paren;
            i = skipSpace(p, end < 0 ? lineEnd(p, i) : end + 1);
        }
        Rank rank = rank(tag, law, version, warnings);
        for (String bad : impossible(version)) {
            warnings.add("《" + law + "》: the date '" + bad + "' in its version names no such day: not read");
        }
        String shortTitle = law.startsWith("中华人民共和国") || law.startsWith("中華人民共和國") ? law.substring(7) : null;
        String[] dates = dates(version);
        List<int[]> marks = articles(p, i);
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
            int textStart = skipSeparators(p, m[1]);
            int textEnd = k + 1 < marks.size() ? marks.get(k + 1)[0] : p.length();
            String text = textStart < textEnd ? p.substring(textStart, textEnd).strip() : "";
            text = stripListComma(text);
            String article = Cells.arabic(digits(a.group(1))) + (a.group(2) == null ? "" : "-" + Cells.arabic(digits(a.group(2))))
                    + (a.group(3) == null ? "" : "~" + Cells.arabic(digits(a.group(3))));
            String paragraph = numbers(a.group(4));
            String sub = numbers(a.group(5));
            String note = k == 0 && !preamble.isEmpty() ? "before the article: " + preamble : null;
            out.add(new Basis(law, shortTitle, article, paragraph, sub, rank, true, note, tag, version, dates[0],
                    dates[1], dates[2], text.isEmpty() ? null : text));
        }
    }

    /**
     * A statute's title, where it ends in {@code p}, and what the list wrote between its tag and the title (a
     * date, an order number) when that is not part of the title.
     */
    private record Title(String law, int end, String prefix) {
    }

    /**
     * The title that starts at {@code i}: {@code 《…》} as published, and the slips lists make of it — a title never
     * closed ({@code 《…办法（2012年…）}), a tag followed by the title without its opening bracket
     * ({@code 【规章】…管理办法》}, {@code 【法规】（…规定》}) or without any ({@code 【法规】新疆…实施《…》办法(…)}), or by a
     * date before the title ({@code 【部令】2017年…令第676号《…条例》}).
     */
    private static Title title(String p, int i, boolean tagged) {
        int eol = lineEnd(p, i);
        if (i >= p.length()) return null;
        char first = p.charAt(i);
        if (first == '《' || first == '<') {
            int close = closing(p, i, first, first == '《' ? '》' : '>');
            if (close >= 0) return new Title(p.substring(i + 1, close), close + 1, null);
            int paren = paren(p, i, eol);
            return new Title(p.substring(i + 1, paren), paren, null);
        }
        if (!tagged) return null;
        int open = p.indexOf('《', i);
        int close = open >= 0 && open < eol ? closing(p, open, '《', '》') : -1;
        if (close >= 0) {
            char after = close + 1 < eol ? p.charAt(close + 1) : '\n';
            if (Character.UnicodeScript.of(after) == Character.UnicodeScript.HAN && after != '第') {
                int paren = paren(p, close, eol);
                return new Title(p.substring(i, paren), paren, null);
            }
            String prefix = p.substring(i, open).strip();
            return new Title(p.substring(open + 1, close), close + 1, prefix.isEmpty() ? null : prefix);
        }
        int shut = p.indexOf('》', i);
        int start = first == '（' || first == '(' ? i + 1 : i;
        if (shut >= 0 && shut < eol) return new Title(p.substring(start, shut), shut + 1, null);
        int paren = paren(p, start, eol);
        return paren > start ? new Title(p.substring(start, paren), paren, null) : null;
    }

    /** The first parenthesis after {@code from} on the line, or the line's end. */
    private static int paren(String p, int from, int eol) {
        for (int k = from + 1; k < eol; k++) if (p.charAt(k) == '（' || p.charAt(k) == '(') return k;
        return eol;
    }

    /** The numbers a span of paragraphs or subparagraphs names: 第一款和第三款 → "1,3"; null for none. */
    private static String numbers(String span) {
        if (span == null) return null;
        List<String> out = new ArrayList<>();
        Matcher n = NUMBER.matcher(span);
        while (n.find()) out.add(Cells.arabic(digits(n.group())));
        return out.isEmpty() ? null : String.join(",", out);
    }

    /** {@code 第三十条、 第三十四条}: a list of articles leaves a 、 as the text of all but the last. */
    private static String stripListComma(String text) {
        return text.equals("、") || text.equals("，") || text.equals(",") || text.equals("；") ? "" : text;
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        return b.toString();
    }

    private static int skipSeparators(String p, int i) {
        while (i < p.length() && (Character.isWhitespace(p.charAt(i)) || "：:　".indexOf(p.charAt(i)) >= 0)) i++;
        return i;
    }

    /**
     * The article designations that start an article of this statute: at the start of its text, at the start of
     * a line, after a full stop or semicolon when a colon follows (。第三十二条：), or in a list (第三十条、第三十四条).
     * A reference inside an article's words (依照本法第七条) starts nothing.
     */
    private static List<int[]> articles(String p, int from) {
        List<int[]> out = new ArrayList<>();
        Matcher a = ARTICLE.matcher(p);
        for (int s = p.indexOf('第', from); s >= 0; s = p.indexOf('第', s + 1)) {
            if (!a.region(s, p.length()).lookingAt()) continue;
            int e = a.end();
            int leadFrom = out.isEmpty() ? from : out.get(out.size() - 1)[1];
            boolean first = out.isEmpty() && blank(p, leadFrom, s);
            int lineFrom = p.lastIndexOf('\n', s - 1) + 1;
            boolean line = blank(p, lineFrom, s) || NUMBERING.matcher(p.substring(lineFrom, s).strip()).replaceFirst("")
                    .isEmpty() && s - lineFrom <= 12;
            char prev = previous(p, s);
            int ns = skipSpace(p, e);
            char next = ns < p.length() ? p.charAt(ns) : '\n';
            boolean spaced = e < p.length() && (Character.isWhitespace(p.charAt(e)) || p.charAt(e) == '\u3000');
            boolean afterStop = (prev == '。' || prev == '；' || prev == ';') && (next == '：' || next == ':' || spaced);
            boolean listed = !out.isEmpty() && listOnly(p, leadFrom, s);
            // 第七十七条的规定… at the start of a line continues the words of an article: it cites, it starts nothing
            boolean cites = p.startsWith("的规定", ns) || p.startsWith("规定", ns) || p.startsWith("之规定", ns)
                    || p.startsWith("的規定", ns) || p.startsWith("規定", ns) || p.startsWith("之規定", ns);
            if (first || !cites && (line || afterStop || listed)) {
                out.add(new int[] {s, e});
                s = e - 1;
            }
        }
        return out;
    }

    /** True when {@code p} holds only white space between the two indexes. */
    private static boolean blank(String p, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = p.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000') return false;
        }
        return true;
    }

    /** True when only white space and at most one list comma (、，,) stand between the two indexes. */
    private static boolean listOnly(String p, int from, int to) {
        int commas = 0;
        for (int k = from; k < to; k++) {
            char c = p.charAt(k);
            if (c == '、' || c == '，' || c == ',') commas++;
            else if (!Character.isWhitespace(c) && c != '\u3000') return false;
        }
        return commas <= 1;
    }

    private static char previous(String p, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = p.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000') return c;
        }
        return '\n';
    }

    private static int lineEnd(String p, int i) {
        int n = p.indexOf('\n', i);
        return n < 0 ? p.length() : n;
    }

    /** The index of the bracket that closes the one at {@code i}, counting nested pairs, on its line; else -1. */
    private static int closing(String p, int i, char open, char close) {
        int depth = 0;
        for (int k = i; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == open) depth++;
            else if (c == close && --depth == 0) return k;
            else if (c == '\n') return -1;
        }
        return -1;
    }

    /**
     * The parenthesis that closes the one at {@code i} (full- or half-width, nested); it may close on a later line
     * (a version broken by a line break), but not past a line that starts an article, a tag or a title.
     */
    private static int closingParen(String p, int i) {
        int depth = 0;
        for (int k = i; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && --depth == 0) return k;
            else if (c == '\n') {
                int next = skipSpace(p, k + 1);
                if (next >= p.length() || "【《".indexOf(p.charAt(next)) >= 0) return -1;
                Matcher a = ARTICLE.matcher(p);
                if (a.region(next, p.length()).lookingAt()) return -1;
            }
        }
        return -1;
    }

    /**
     * The rank a tag gives; for a tag that covers two ranks (法规, 规章), the one the enacting body and the title
     * say; with no tag or an unknown one, the one the title suggests (said in a warning).
     */
    private Rank rank(String tag, String law, String version, List<String> warnings) {
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
            if ("by-enactor".equals(key) && Script.fold(tag).contains("法规") && bare.endsWith("法")
                    && !bare.endsWith("办法")) {
                // 【法规】 on a law's title: laws are named 法
                warnings.add("the tag 【" + tag + "】 on 《" + law + "》, a law's title: read as law from its title");
                return Rank.LAW;
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

    /**
     * The dates a version parenthesis gives: adopted (通过, 发布, 公布: the first), amended (修订, 修正, 修改: the
     * latest) and effective (施行, 实施, 生效), each ISO ({@code 2011-02} when no day is named), or null.
     */
    static String[] dates(String version) {
        String[] out = new String[3];
        if (version == null) return out;
        Matcher m = DATE.matcher(version);
        List<int[]> found = new ArrayList<>();
        while (m.find()) found.add(new int[] {m.start(), m.end()});
        for (int k = 0; k < found.size(); k++) {
            m.find(found.get(k)[0]);
            String iso = m.group(1) + "-" + two(m.group(2)) + (m.group(3) == null ? "" : "-" + two(m.group(3)));
            if (!possible(m)) continue; // 2000年2月30日: no such day (said by the caller)
            int end = k + 1 < found.size() ? found.get(k + 1)[0] : version.length();
            String clause = Script.fold(clause(version, found.get(k)[1], end));
            String before = Script.fold(version.substring(Math.max(0, found.get(k)[0] - 2), found.get(k)[0]));
            if (any(clause, AMENDED) && !EFFECTIVE_FIRST.matcher(clause).lookingAt()) {
                out[1] = iso;
            } else if (any(clause, ADOPTED)) {
                if (out[0] == null) out[0] = iso;
                if (SAME_DAY.matcher(clause).find() && out[2] == null) out[2] = iso;
            } else if (any(clause, EFFECTIVE) || before.endsWith("自")) {
                if (out[2] == null) out[2] = iso;
            }
        }
        // 自发布之日起施行 in a clause of its own: it took effect the day it was published
        if (out[2] == null && out[0] != null && SAME_DAY.matcher(Script.fold(version)).find()) out[2] = out[0];
        return out;
    }

    /** True when a matched date names a day that exists (and a month, when it names no day). */
    private static boolean possible(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return mo >= 1 && mo <= 12;
            java.time.LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
            return true;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    /** The dates of a version that name no day that exists, as written, for a warning. */
    static List<String> impossible(String version) {
        List<String> out = new ArrayList<>();
        if (version == null) return out;
        Matcher m = DATE.matcher(version);
        while (m.find()) if (!possible(m)) out.add(m.group());
        return out;
    }

    private static boolean any(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** What the version says of a date: up to the next comma, stop or date, with 《titles》 left out. */
    private static String clause(String v, int from, int to) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '《' || c == '〈' || c == '<') depth++;
            else if (c == '》' || c == '〉' || c == '>') depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == '，' || c == ',' || c == '。' || c == '；' || c == ';')) break;
            else if (depth == 0) b.append(c);
        }
        return b.toString();
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    private static String cut(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
