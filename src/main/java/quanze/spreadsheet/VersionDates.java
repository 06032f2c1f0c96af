package quanze.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quanze.script.Script;

/**
 * The dates a version parenthesis of a basis gives ({@code 2019年4月23日修正}, {@code 自公布之日起施行}): adopted,
 * amended, effective, and the dates that name no day.
 */
final class VersionDates {

    private VersionDates() {
    }

    static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");

    /** The verbs a version's clause uses for each date. */
    static final List<String> AMENDED = List.of("修订", "修正", "修改", "改正");

    static final List<String> ADOPTED = List.of("通过", "发布", "公布", "颁布", "印发", "令");

    static final List<String> EFFECTIVE = List.of("施行", "实施", "生效");

    static final Pattern EFFECTIVE_FIRST = Pattern.compile("起?(施行|实施|生效)");

    static final Pattern SAME_DAY = Pattern.compile("自(发布|公布|印发)之日起(施行|实施|生效)");

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
    static boolean possible(Matcher m) {
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

    static boolean any(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** What the version says of a date: up to the next comma, stop or date, with 《titles》 left out. */
    static String clause(String v, int from, int to) {
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

    static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
