package quanze.engine;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule carries: {@code @code} (a finding code, for checks), {@code @severity},
 * {@code @uncertain} (the severity of what it finds when that rests on words read with some doubt),
 * {@code @derivation} (for rules that derive instead of check), and {@code @basis} (the principle or article it
 * applies).
 */
public record RuleMeta(String name, String code, String severity, String uncertain, String basis, boolean derivation) {

    public static RuleMeta of(Rule rule) {
        Map<String, Object> m = rule.getMetaData();
        return new RuleMeta(rule.getName(), text(m.get("code")), text(m.get("severity")), text(m.get("uncertain")),
                text(m.get("basis")),
                m.containsKey("derivation"));
    }

    /** Metadata values come quoted from some compilers and bare from others. */
    static String text(Object value) {
        if (value == null) return null;
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
