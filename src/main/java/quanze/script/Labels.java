package quanze.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels of the reports in each {@link Lang} ({@code quanze/script/labels.properties}): {@code label(lang,
 * "errors", 2)} is "2 errors", "错误 2 个" or "錯誤 2 個". A placeholder {@code {1|category|categories}} is the word
 * for one or for any other number of value 1 (English plurals, wherever the number stands).
 */
public final class Labels {

    private static final String RESOURCE = "/quanze/script/labels.properties";

    private Labels() {
    }

    private static final class Loaded {
        static final Properties LABELS = load();

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }

    /** The label {@code key} in {@code lang}, its {0}, {1}… replaced by {@code values}. */
    public static String label(Lang lang, String key, Object... values) {
        String text = Loaded.LABELS.getProperty(key + "." + lang.tag());
        if (text == null) throw new IllegalArgumentException("no label '" + key + "' in " + lang.tag());
        if (values.length == 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            String inside = close > i + 1 ? text.substring(i + 1, close) : "";
            String[] forms = inside.split("\\|", -1);
            if (!forms[0].isEmpty() && forms[0].chars().allMatch(Character::isDigit) && (forms.length == 1 || forms.length == 3)) {
                int k = Integer.parseInt(forms[0]);
                Object v = k < values.length ? values[k] : "";
                // {1|category|categories}: the word for one, or for any other number
                out.append(forms.length == 1 ? v : v instanceof Number n && n.longValue() == 1 ? forms[1] : forms[2]);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every key, without its language. */
    public static Set<String> keys() {
        Set<String> out = new TreeSet<>();
        for (String k : Loaded.LABELS.stringPropertyNames()) out.add(k.replaceFirst("\\.(en|zh-Hans|zh-Hant)$", ""));
        return out;
    }

    /** The raw text of a key in a language, or null. */
    public static String raw(Lang lang, String key) {
        return Loaded.LABELS.getProperty(key + "." + lang.tag());
    }
}
