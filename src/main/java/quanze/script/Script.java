package quanze.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese in either script, matched as one: {@link #fold} turns a word into the key quanze compares, with the
 * spaces and line breaks of a spreadsheet cell removed, full-width letters, digits and brackets made half-width,
 * Latin letters lower-cased and traditional characters read as simplified. Only keys are folded: the user's text
 * is kept as written.
 *
 * <p>The traditional-to-simplified table ({@code traditional-simplified.txt}) is generated from ICU4J's
 * Traditional-Simplified transliterator by a test ({@code ScriptTableTest}), so no conversion library is loaded
 * at run time: the table loads in about a millisecond, and folding costs one array lookup per character.
 */
public final class Script {

    private static final String TABLE = "/quanze/script/traditional-simplified.txt";

    private Script() {
    }

    /** The table, loaded on first use: simplified by traditional character (0: the character is its own). */
    private static final class Table {
        static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];
        /** The traditional characters of the table, and their simplified ones, in the table's order. */
        static final String FROM;
        static final String TO;

        static {
            try (InputStream in = Script.class.getResourceAsStream(TABLE)) {
                if (in == null) throw new IllegalStateException("missing resource " + TABLE);
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                List<String> data = new ArrayList<>();
                for (String line : lines) if (!line.startsWith("#") && !line.isBlank()) data.add(line.strip());
                if (data.size() != 2 || data.get(0).length() != data.get(1).length()) {
                    throw new IllegalStateException(TABLE + ": expected two lines of the same length");
                }
                FROM = data.get(0);
                TO = data.get(1);
                for (int i = 0; i < FROM.length(); i++) SIMPLIFIED[FROM.charAt(i)] = TO.charAt(i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Which characters only one script writes: only needed to tell a text's script (loaded when first asked). */
    private static final class Scripts {
        static final boolean[] TRADITIONAL_ONLY = new boolean[Character.MAX_VALUE + 1];
        static final boolean[] SIMPLIFIED_ONLY = new boolean[Character.MAX_VALUE + 1];

        static {
            for (int i = 0; i < Table.FROM.length(); i++) {
                TRADITIONAL_ONLY[Table.FROM.charAt(i)] = true;
                SIMPLIFIED_ONLY[Table.TO.charAt(i)] = true;
            }
            // a character that one script maps and the other keeps (征: 徵 → 征) belongs to both
            for (int i = 0; i < Table.TO.length(); i++) {
                char c = Table.TO.charAt(i);
                if (TRADITIONAL_ONLY[c]) SIMPLIFIED_ONLY[c] = false;
            }
        }
    }

    /**
     * The key of a word: no white space (nor zero-width characters), half-width forms, lower-case Latin letters,
     * simplified characters. {@code 行政⏎處罰}, {@code 行政 处罚} and {@code 行政处罚} have one key.
     */
    public static String fold(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code s} with each character replaced by its key and white space kept as a space: the same length as
     * {@code s}, so that a place found in it is a place in {@code s}.
     */
    public static String foldInPlace(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = fold(out[i]);
            out[i] = c == 0 ? ' ' : c;
        }
        return new String(out);
    }

    /** One character's key, or 0 for a character that {@link #fold(String)} drops (white space). */
    public static char fold(char c) {
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) return 0;
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return 0;
            }
            default -> {
                // fall through to the mappings below
            }
        }
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0); // full-width ASCII
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        if (c < 0x3400) return c;
        char s = Table.SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    /**
     * How many characters of {@code s} only the traditional script writes, and how many only the simplified:
     * {@code 權力類型} counts 3 traditional, {@code 权力类型} 3 simplified, {@code 行政} neither.
     */
    public static int[] count(String s) {
        int[] n = new int[2];
        if (s == null) return n;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x3400) continue;
            if (Scripts.TRADITIONAL_ONLY[c]) n[0]++;
            else if (Scripts.SIMPLIFIED_ONLY[c]) n[1]++;
        }
        return n;
    }

    /** True when {@code s} holds a CJK ideograph. */
    public static boolean han(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }
}
