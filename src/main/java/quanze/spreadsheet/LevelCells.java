package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import quanze.script.Script;
import quanze.vocabulary.Vocabulary;

/**
 * Reads a level cell (实施层级, 行使层级): the levels it names, in order — one ({@code 县市区级}), several
 * ({@code 自治区级、地州市级、县市区级}) — and the sentence that may follow them ({@code 地州市级；负责…}), which is
 * what the level may do. Words are matched in either script, across spaces and line breaks ({@code 地州⏎市级}); a
 * word of one character ({@code 市}, {@code 区}) only where a separator or the cell's end follows it.
 */
final class LevelCells {

    /**
     * The level ids named, the words as folded (empty for a level only a range implies), the rest of the cell as
     * written (null when none), and the words of a range ({@code 县级以上}) when the cell names one (else null).
     */
    record Levels(List<String> ids, List<String> words, String rest, String range) {
    }

    /** What may follow a level word and still end it: {@code 市、区两级}, {@code 县级以上}. */
    private static final List<String> SUFFIXES = List.of("以上", "以下", "两级", "三级", "四级", "五级", "各级");

    private static final String SEPARATORS = "、，,;；/／:：。. ";

    private LevelCells() {
    }

    static Levels read(String cell, Vocabulary v) {
        String folded = Script.foldInPlace(cell);
        StringBuilder compact = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) != ' ') {
                compact.append(folded.charAt(i));
                at.add(i);
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String range = null;
        int pos = skip(compact, 0);
        while (pos < compact.length()) {
            String[] m = match(compact, pos, v);
            if (m == null && !ids.isEmpty() && "和及与".indexOf(compact.charAt(pos)) >= 0) {
                m = match(compact, pos + 1, v);
                if (m != null) pos++;
            }
            if (m == null) break;
            int end = pos + m[0].length();
            String suffix = suffix(compact, end);
            if ("以上".equals(suffix) || "以下".equals(suffix)) {
                // 县级以上: the local levels from the province down to this one (以下: this one down to the township),
                // as the law says 县级以上地方人民政府; said by the caller, as a range is not a list of levels
                int from = v.rank(m[1]);
                int first = suffix.equals("以上") ? Math.min(1, from) : from;
                int last = suffix.equals("以上") ? from : Math.max(from, v.rank("township"));
                for (int r = first; r <= last && r < v.levels().size(); r++) {
                    String id = v.levels().get(r).id();
                    if (!ids.contains(id)) {
                        ids.add(id);
                        words.add(r == from ? m[0] : ""); // the others are not written in the cell
                    }
                }
                range = (range == null ? "" : range + "、") + compact.substring(pos, end + suffix.length());
            } else if (!ids.contains(m[1])) {
                ids.add(m[1]);
                words.add(m[0]);
            }
            pos = skip(compact, end + (suffix == null ? 0 : suffix.length()));
        }
        String rest = pos >= compact.length() ? null : cell.substring(at.get(pos)).strip();
        return new Levels(List.copyOf(ids), List.copyOf(words), rest == null || rest.isEmpty() ? null : rest, range);
    }

    private static String suffix(CharSequence compact, int at) {
        for (String s : SUFFIXES) if (startsWith(compact, s, at)) return s;
        return null;
    }

    /** The longest level word at {@code pos} and its level id, or null. */
    private static String[] match(CharSequence compact, int pos, Vocabulary v) {
        String best = null;
        String bestId = null;
        for (Vocabulary.LevelWords l : v.levels()) {
            for (String f : l.folded()) {
                if (f.isEmpty() || !startsWith(compact, f, pos)) continue;
                int end = pos + f.length();
                boolean latin = Character.isLetter(f.charAt(0)) && f.charAt(0) < 0x80;
                if (latin && end < compact.length() && Character.isLetter(compact.charAt(end))) continue;
                boolean bounded = f.endsWith("级") || latin || end >= compact.length()
                        || SEPARATORS.indexOf(compact.charAt(end)) >= 0 || "和及与".indexOf(compact.charAt(end)) >= 0
                        || f.length() > 2 && f.endsWith(")") || suffix(compact, end) != null;
                if (bounded && (best == null || f.length() > best.length())) {
                    best = f;
                    bestId = l.id();
                }
            }
        }
        return best == null ? null : new String[] {best, bestId};
    }

    private static boolean startsWith(CharSequence s, String prefix, int at) {
        if (at + prefix.length() > s.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (s.charAt(at + i) != prefix.charAt(i)) return false;
        return true;
    }

    private static int skip(CharSequence s, int i) {
        while (i < s.length() && SEPARATORS.indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }
}
