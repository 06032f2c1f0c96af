package quanze.law;

import java.util.ArrayList;
import java.util.List;

import quanze.model.PowerType;
import quanze.model.Reading;
import quanze.script.Script;

/**
 * Reads in an article's words who performs an act of a power type, and at which level of government: the matcher
 * behind the statutory level (its words and the steps are in {@code quanze/vocabulary/statutory.yaml}).
 *
 * <p>A sentence is cut into actors (a level phrase and its organ: {@code 县级以上地方人民政府林业主管部门}; or an organ
 * with no level: {@code 发证机关}), each actor's act running to the next actor. An actor with a level whose act holds
 * a verb of the power type is a {@link Reading}; an actor whose act holds none (who sets standards, who reviews
 * first, who is informed) is not. An organ with no level introduced by 由 whose act holds the verb is a reading
 * with no level ({@link Reading#NO_LEVEL}): the article gives the act to an organ it does not place. Texts are matched folded (either script, white space ignored); quotes are the
 * text's own words.
 */
public final class ProvisionReader {

    private final LawWords words;

    public ProvisionReader(LawWords words) {
        this.words = words;
    }

    private record Actor(int start, int end, LawWords.Phrase phrase, boolean by, boolean via, boolean relative) {
    }

    /** The readings of {@code text} for an act of {@code type}, in text order; empty when none. */
    public List<Reading> read(String text, PowerType type) {
        return read(text, type, null);
    }

    /**
     * The readings of {@code text} for an act of {@code type} on what {@code name} names: an approval of a plan
     * (报…批准 after 规划) is not the item's act, unless the item itself is about a plan (选址方案核准).
     */
    public List<Reading> read(String text, PowerType type, String name) {
        String folded = name == null ? "" : Script.fold(name);
        List<String> plans = words.plans.stream().filter(p -> !folded.contains(p)).toList();
        List<Reading> out = new ArrayList<>();
        if (text == null || text.isBlank() || type == null || words.verbs(type).isEmpty()) return out;
        // fold, dropping white space, and remember where each folded character came from
        StringBuilder f = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        boolean[] cut = new boolean[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char o = text.charAt(i);
            if (o == '\n' || o == '\r') {
                cut[f.length()] = true;
                continue;
            }
            char c = Script.fold(o);
            if (c == 0) continue;
            at[f.length()] = i;
            f.append(c);
        }
        at[f.length()] = text.length();
        String fs = f.toString();
        int start = 0;
        Actor previous = null;
        for (int i = 0; i <= fs.length(); i++) {
            boolean stop = i < fs.length() && isStop(fs.charAt(i));
            if (i < fs.length() && !stop && !cut[i]) continue;
            if (i > start) previous = sentence(text, fs, at, start, i, type, plans, previous, out);
            if (cut[Math.min(i, cut.length - 1)] && !stop) previous = null; // a new paragraph
            start = stop ? i + 1 : i;
        }
        return out;
    }

    private static boolean isStop(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?';
    }

    private static boolean isClauseBreak(char c) {
        return c == ',' || c == ':' || c == '。' || c == ';';
    }

    /**
     * The readings of the sentence [from, to); returns the actor a next sentence may continue (the last one with a
     * level introduced by 由), or null. A sentence with no actor of its own that begins with a condition (逾期不改正的，
     * 处…罚款) continues {@code previous}: 由县级以上…部门责令限期改正；逾期不改正的，处…罚款.
     */
    private Actor sentence(String text, String f, int[] at, int from, int to, PowerType type, List<String> plans,
                           Actor previous, List<Reading> out) {
        List<Actor> actors = actors(f, from, to);
        if (actors.isEmpty()) {
            int cond = f.indexOf("的,", from);
            if (previous != null && cond >= from && cond < to) {
                int[] verb = verb(f, cond + 2, to, type);
                if (verb != null) {
                    out.add(new Reading(previous.phrase().floor(), previous.phrase().highest(),
                            quote(text, at, previous.start(), verb[1]), previous.phrase().pattern(), true));
                }
            }
            return previous;
        }
        Actor last = null;
        for (Actor a : actors) if (a.phrase() != null && a.by()) last = a;
        if (last == null || actors.get(actors.size() - 1) != last) last = null;
        for (int k = 0; k < actors.size(); k++) {
            Actor a = actors.get(k);
            if (a.phrase() == null && !a.by() && !a.via()) continue;
            int actEnd = k + 1 < actors.size() ? actors.get(k + 1).start() : to;
            if (a.phrase() != null && holder(f, from, a.start())) {
                out.add(new Reading(a.phrase().floor(), a.phrase().highest(), quote(text, at, a.start(), a.end()),
                        a.phrase().pattern(), true));
                continue;
            }
            int[] verb = verb(f, a.end(), actEnd, type);
            if (verb == null) continue;
            // an actor in a condition (…部门依法实施监督检查的，可以处…) is not the one who acts
            if (conditionBetween(f, a.end(), verb[0])) continue;
            // an actor not introduced by 由 acts only when its verb follows closely (the sentence's subject)
            if (!a.by() && !a.via() && verb[0] - a.end() > words.subjectSpan) continue;
            // 编制…规划，报…批准: what is approved is a plan, not the power
            if (a.via() && !a.by() && planBefore(f, from, a.start(), plans)) continue;
            boolean direct = a.by() && verb[0] - a.end() <= words.directSpan;
            String quote = quote(text, at, a.start(), verb[1]);
            String organ = f.substring(a.start(), a.end());
            // 由林业主管部门: an organ of a kind another basis may place; not one described by its role (负责…的部门),
            // a relative one (发证机关), or an unnamed one (有关主管部门)
            boolean generic = a.phrase() == null && !a.relative() && organ.indexOf('的') < 0 && !organ.contains("有关");
            out.add(a.phrase() == null ? new Reading(null, null, quote, Reading.NO_LEVEL, direct, generic)
                    : new Reading(a.phrase().floor(), a.phrase().highest(), quote, a.phrase().pattern(), direct));
        }
        return last;
    }

    /** The actors of the sentence [from, to), in order. */
    private List<Actor> actors(String f, int from, int to) {
        List<Actor> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String rel = startsWithAny(f, i, to, words.relative);
            if (rel != null) {
                out.add(new Actor(i, i + rel.length(), null, by(f, from, i, words.by), by(f, from, i, words.via), true));
                i += rel.length();
                continue;
            }
            LawWords.Phrase p = phrase(f, i, to);
            if (p != null) {
                int end = organEnd(f, i + p.folded().length(), to, endsWithOrgan(p.folded()));
                if (end > 0 && end < to && f.charAt(end) == '的') end = -1; // 国务院…部门的规定: not an actor
                if (end > 0 && by(f, from, i, words.references)) {
                    i = end; // 按照国务院…部门制定的标准: a reference, not an actor
                    continue;
                }
                if (end > 0) {
                    out.add(new Actor(i, end, p, by(f, from, i, words.by), by(f, from, i, words.via), false));
                    i = end;
                    continue;
                }
                i += p.folded().length();
                continue;
            }
            String b = startsWithAny(f, i, to, words.by);
            String v = b == null ? startsWithAny(f, i, to, words.via) : null;
            String w = b != null ? b : v;
            if (w != null) {
                int end = organEnd(f, i + w.length(), to, false);
                if (end > 0 && !phraseWithin(f, i + w.length(), end)) {
                    out.add(new Actor(i + w.length(), end, null, b != null, v != null, false));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Whether a word of {@code list} introduces the actor at {@code i}: right before it, or a few characters before in its clause. */
    private static boolean by(String f, int from, int i, List<String> list) {
        for (int j = i - 1; j >= Math.max(from, i - 8); j--) {
            if (isClauseBreak(f.charAt(j))) return false;
            for (String b : list) if (f.startsWith(b, j) && j + b.length() <= i) return true;
        }
        return false;
    }

    private boolean holder(String f, int from, int i) {
        for (String h : words.holders) if (i - h.length() >= from && f.startsWith(h, i - h.length())) return true;
        return false;
    }

    private static boolean planBefore(String f, int from, int i, List<String> plans) {
        String before = f.substring(Math.max(from, i - 30), i);
        for (String p : plans) if (before.contains(p)) return true;
        return false;
    }

    private boolean phraseWithin(String f, int from, int to) {
        for (int j = from; j < to; j++) if (phrase(f, j, to) != null) return true;
        return false;
    }

    private LawWords.Phrase phrase(String f, int i, int to) {
        for (LawWords.Phrase p : words.phrases) {
            if (i + p.folded().length() <= to && f.startsWith(p.folded(), i)) return p;
        }
        return null;
    }

    private boolean endsWithOrgan(String folded) {
        for (String o : words.organs) if (folded.endsWith(o)) return true;
        return false;
    }

    /**
     * Where the actor that begins before {@code i} ends: after the last organ word of its clause within 24
     * characters (县级以上人民政府林业主管部门), or at {@code i} when the phrase is an organ itself; -1 when no organ
     * follows.
     */
    private int organEnd(String f, int i, int to, boolean organAlready) {
        int end = organAlready ? i : -1;
        int limit = Math.min(to, i + 24);
        for (int j = i; j < limit; j++) {
            if (isClauseBreak(f.charAt(j))) break;
            // the organ is named: what follows 的, or another level phrase, is not part of it
            if (end > 0 && (f.charAt(j) == '的' || phrase(f, j, to) != null)) break;
            String o = startsWithAny(f, j, to, words.organs);
            if (o != null) {
                end = j + o.length();
                j = end - 1;
                if (phrase(f, end, to) != null) break;
            }
        }
        return end;
    }

    private static String startsWithAny(String f, int i, int to, List<String> list) {
        for (String w : list) if (i + w.length() <= to && f.startsWith(w, i)) return w;
        return null;
    }

    /** The first verb of {@code type} in [from, to): {start, end} in folded positions, or null. */
    private int[] verb(String f, int from, int to, PowerType type) {
        int[] best = null;
        String act = f.substring(from, to);
        for (LawWords.Verb v : words.verbs(type)) {
            List<String> parts = v.parts();
            int k = act.indexOf(parts.get(0));
            while (k >= 0) {
                int end = k + parts.get(0).length();
                boolean ok = true;
                for (int p = 1; p < parts.size() && ok; p++) {
                    int n = act.indexOf(parts.get(p), end);
                    if (n < 0 || clauseBreakBetween(act, end, n)) ok = false;
                    else end = n + parts.get(p).length();
                }
                if (ok) {
                    if (best == null || from + k < best[0]) best = new int[] {from + k, from + end};
                    break;
                }
                k = act.indexOf(parts.get(0), k + 1);
            }
        }
        return best;
    }

    private static boolean conditionBetween(String f, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (f.charAt(i) == ',' && f.charAt(i - 1) == '的') return true;
        }
        return false;
    }

    private static boolean clauseBreakBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) if (isClauseBreak(s.charAt(i))) return true;
        return false;
    }

    /** The text's words from the actor to the end of the verb; a long stretch between them is cut with …. */
    private static String quote(String text, int[] at, int from, int to) {
        int a = at[from];
        int b = at[to - 1] + 1;
        String q = text.substring(a, b).strip();
        if (q.length() <= 100) return q;
        return text.substring(a, a + 50).strip() + "…" + text.substring(b - 40, b).strip();
    }
}
