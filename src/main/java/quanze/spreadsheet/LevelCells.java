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

    /** The level ids named, the words as folded, and the rest of the cell as written (null when none). */
    record Levels(List<String> ids, List<String> words, String rest) {
    }

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
        int pos = skip(compact, 0);
        while (pos < compact.length()) {
            String[] m = match(compact, pos, v);
            if (m == null && !ids.isEmpty() && "和及与".indexOf(compact.charAt(pos)) >= 0) {
                m = match(compact, pos + 1, v);
                if (m != null) pos++;
            }
            if (m == null) break;
            if (!ids.contains(m[1])) {
                ids.add(m[1]);
                words.add(m[0]);
            }
            pos = skip(compact, pos + m[0].length());
        }
        String rest = pos >= compact.length() ? null : cell.substring(at.get(pos)).strip();
        return new Levels(List.copyOf(ids), List.copyOf(words), rest == null || rest.isEmpty() ? null : rest);
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
                        || f.length() > 2 && f.endsWith(")");
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
