package quanze.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one did-you-mean of quanze: for a misspelt field, value, command, option, level, body or rule, the closest
 * name it may have meant, and the one wording of an unknown field. Finding codes (QZ101) are near every other
 * code, so for a code only one keystroke away counts.
 */
public final class DidYouMean {

    private static final Pattern CODE = Pattern.compile("QZ\\d{3}");

    private DidYouMean() {
    }

    /** "; did you mean 'type'?" for a name close to one of {@code expected}, else "". */
    public static String of(String got, Collection<String> expected) {
        if (got == null) return "";
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String e : new LinkedHashSet<>(expected)) {
            int d = distance(got.toLowerCase(), e.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        if (best == null || bestDistance == 0 && got.equals(best)) return "";
        if (CODE.matcher(got).matches() && CODE.matcher(best).matches()) {
            return bestDistance <= 1 ? said(best) : "";
        }
        boolean close = bestDistance <= Math.max(2, got.length() / 3) && bestDistance < got.length();
        // most of what was written begins the name ("licence" → "licensing", "decl" → "declared"); a short shared
        // start is not enough, ids share theirs ("city-coal-bureau" is not "city-culture")
        String g = got.toLowerCase();
        String b = best.toLowerCase();
        int common = 0;
        while (common < Math.min(g.length(), b.length()) && g.charAt(common) == b.charAt(common)) common++;
        boolean prefix = common >= 4 && common * 3 >= g.length() * 2;
        return close || prefix ? said(best) : "";
    }

    /** "unknown field 'kye' in a waiver; did you mean 'key'? (expected one of: …)". */
    public static Problem unknownField(Location at, String key, String in, List<String> allowed) {
        return unknown(at, "field", key, in, allowed);
    }

    /** "unknown {what} 'kye' in {in}; did you mean 'key'? (expected one of: …)" ({@code in} may be null). */
    public static Problem unknown(Location at, String what, String key, String in, List<String> allowed) {
        return new Problem(at, "unknown " + what + " '" + key + "'" + (in == null ? "" : " in " + in) + of(key, allowed)
                + " (expected one of: " + String.join(", ", allowed) + ")");
    }

    private static String said(String best) {
        return "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
