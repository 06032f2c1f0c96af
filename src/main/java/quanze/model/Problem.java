package quanze.model;


/** One thing wrong with an input file: where, then what. */
public record Problem(Location at, String message) implements Comparable<Problem> {

    /** The longest message: one that quotes a huge value from the input is cut, with an ellipsis. */
    public static final int MAX_MESSAGE = 1000;

    /**
     * A problem is one line of readable length: control characters quoted from the input (a newline, a NUL,
     * in a value or in a sheet's name) are shown escaped, and the message is cut at {@link #MAX_MESSAGE}
     * characters.
     */
    public Problem {
        if (at != null && !printable(at.file()).equals(at.file())) {
            at = new Location(printable(at.file()), at.line(), at.column());
        }
        message = printable(message);
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
    }

    static String printable(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", (int) c)
                    : null;
            if (esc != null && out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (out != null) {
                if (esc != null) out.append(esc);
                else out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    @Override
    public String toString() {
        return at + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return at.compareTo(o.at);
    }
}
