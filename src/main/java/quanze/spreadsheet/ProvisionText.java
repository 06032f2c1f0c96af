package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things stand in the text of a basis cell: the title of a statute and where it ends, its article numbers,
 * the parenthesis of its version, brackets and line ends.
 */
final class ProvisionText {

    private ProvisionText() {
    }

    /**
     * A statute's title, where it ends in {@code p}, and what the list wrote between its tag and the title (a
     * date, an order number) when that is not part of the title.
     */
    record Title(String law, int end, String prefix) {
    }

    /**
     * The title that starts at {@code i}: {@code 《…》} as published, and the slips lists make of it — a title never
     * closed ({@code 《…办法（2012年…）}), a tag followed by the title without its opening bracket
     * ({@code 【规章】…管理办法》}, {@code 【法规】（…规定》}) or without any ({@code 【法规】新疆…实施《…》办法(…)}), or by a
     * date before the title ({@code 【部令】2017年…令第676号《…条例》}).
     */
    static Title title(String p, int i, boolean tagged) {
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
    static int paren(String p, int from, int eol) {
        for (int k = from + 1; k < eol; k++) if (p.charAt(k) == '（' || p.charAt(k) == '(') return k;
        return eol;
    }

    /** The numbers a span of paragraphs or subparagraphs names: 第一款和第三款 → "1,3"; null for none. */
    static String numbers(String span) {
        if (span == null) return null;
        List<String> out = new ArrayList<>();
        Matcher n = Provisions.NUMBER.matcher(span);
        while (n.find()) out.add(Cells.arabic(digits(n.group())));
        return out.isEmpty() ? null : String.join(",", out);
    }

    /** {@code 第三十条、 第三十四条}: a list of articles leaves a 、 as the text of all but the last. */
    static String stripListComma(String text) {
        return text.equals("、") || text.equals("，") || text.equals(",") || text.equals("；") ? "" : text;
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        return b.toString();
    }

    static int skipSeparators(String p, int i) {
        while (i < p.length() && (Character.isWhitespace(p.charAt(i)) || "：:　".indexOf(p.charAt(i)) >= 0)) i++;
        return i;
    }

    /**
     * The article designations that start an article of this statute: at the start of its text, at the start of
     * a line, after a full stop or semicolon when a colon follows (。第三十二条：), or in a list (第三十条、第三十四条).
     * A reference inside an article's words (依照本法第七条) starts nothing.
     */
    static List<int[]> articles(String p, int from) {
        List<int[]> out = new ArrayList<>();
        Matcher a = Provisions.ARTICLE.matcher(p);
        for (int s = p.indexOf('第', from); s >= 0; s = p.indexOf('第', s + 1)) {
            if (!a.region(s, p.length()).lookingAt()) continue;
            int e = a.end();
            int leadFrom = out.isEmpty() ? from : out.get(out.size() - 1)[1];
            boolean first = out.isEmpty() && blank(p, leadFrom, s);
            int lineFrom = p.lastIndexOf('\n', s - 1) + 1;
            boolean line = blank(p, lineFrom, s) || Provisions.NUMBERING.matcher(p.substring(lineFrom, s).strip()).replaceFirst("")
                    .isEmpty() && s - lineFrom <= 12;
            char prev = previous(p, s);
            int ns = Provisions.skipSpace(p, e);
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
    static boolean blank(String p, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = p.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000') return false;
        }
        return true;
    }

    /** True when only white space and at most one list comma (、，,) stand between the two indexes. */
    static boolean listOnly(String p, int from, int to) {
        int commas = 0;
        for (int k = from; k < to; k++) {
            char c = p.charAt(k);
            if (c == '、' || c == '，' || c == ',') commas++;
            else if (!Character.isWhitespace(c) && c != '\u3000') return false;
        }
        return commas <= 1;
    }

    static char previous(String p, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = p.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000') return c;
        }
        return '\n';
    }

    static int lineEnd(String p, int i) {
        int n = p.indexOf('\n', i);
        return n < 0 ? p.length() : n;
    }

    /** The index of the bracket that closes the one at {@code i}, counting nested pairs, on its line; else -1. */
    static int closing(String p, int i, char open, char close) {
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
    static int closingParen(String p, int i) {
        int depth = 0;
        for (int k = i; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && --depth == 0) return k;
            else if (c == '\n') {
                int next = Provisions.skipSpace(p, k + 1);
                if (next >= p.length() || "【《".indexOf(p.charAt(next)) >= 0) return -1;
                Matcher a = Provisions.ARTICLE.matcher(p);
                if (a.region(next, p.length()).lookingAt()) return -1;
            }
        }
        return -1;
    }
}
