package quanze.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import quanze.catalog.Node;
import quanze.variant.Edit;
import quanze.variant.Variant;

/**
 * The workbench's edits as the variant file they would be saved as: a mapping of plain values (maps, lists,
 * strings, numbers, booleans) in the variant format ({@code variant:}, {@code principle:}, {@code items:},
 * {@code add:}, {@code remove:}, {@code rules:}). It is read back with {@link quanze.variant.VariantReader}, so that
 * the workbench evaluates exactly what {@code quanze diff} of the saved file evaluates, and an edit from the page is
 * checked as a variant file's would be. Immutable: every edit returns a new draft.
 */
public final class Draft {

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final Map<String, Object> doc;

    private Draft(Map<String, Object> doc) {
        this.doc = doc;
    }

    /** No edits yet: a variant named {@code id}. */
    public static Draft empty(String id) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("variant", head(id, null, null));
        return new Draft(d);
    }

    private static Map<String, Object> head(String id, Object name, String description) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("id", id);
        if (name != null) h.put("name", name);
        h.put("description", description != null ? description : "Edits made in the quanze workbench.");
        return h;
    }

    /**
     * The edits of a variant read from a file (its parents' included) as one draft; files of extra rules are named
     * relative to {@code variantsDir}, where the draft is saved.
     */
    public static Draft of(Variant v, Path variantsDir) {
        Map<String, Object> d = new LinkedHashMap<>();
        Object name = v.name() == null ? null : v.name().en() == null ? v.name().zh()
                : v.name().zh() == null ? v.name().en() : mapOf("zh", v.name().zh(), "en", v.name().en());
        d.put("variant", head(v.id() == null ? "workbench" : v.id(), name, v.description()));
        Draft draft = new Draft(d);
        for (Edit e : v.edits()) {
            Object value = plain(e.value());
            draft = switch (e.kind()) {
                case PRINCIPLE -> draft.principle(e.key(), value);
                case ITEM -> draft.patch("items", e.key(), value);
                case LEVEL -> draft.patch("levels", e.key(), value);
                case UNIT -> draft.patch("units", e.key(), value);
                case ADD_LEVEL -> draft.append("add", "levels", value);
                case ADD_BODY -> draft.append("add", "bodies", value);
                case ADD_ITEM -> draft.append("add", "items", value);
                case ADD_UNIT -> draft.append("add", "units", value);
                case ADD_STATE -> draft.append("add", "states", value);
                case REMOVE_ITEM -> draft.append("remove", "items", value);
                case REMOVE_UNIT -> draft.append("remove", "units", value);
                case DISABLE_RULE -> draft.append("rules", "disable", value);
                case EXTRA_RULES -> draft.append("rules", "extra",
                        variantsDir.toAbsolutePath().normalize().relativize(Path.of(e.key()).toAbsolutePath().normalize())
                                .toString().replace('\\', '/'));
            };
        }
        return draft;
    }

    /** The YAML of a node's value, without its places. */
    static Object plain(Node n) {
        if (n instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.fields().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (n instanceof Node.ListNode l) {
            List<Object> out = new ArrayList<>();
            for (Node x : l.items()) out.add(plain(x));
            return out;
        }
        Node.Scalar s = (Node.Scalar) n;
        return switch (s.kind()) {
            case NULL -> null;
            case BOOLEAN -> Boolean.valueOf(s.text());
            case NUMBER -> number(s.text());
            default -> s.text();
        };
    }

    private static Object number(String text) {
        try {
            return new java.math.BigDecimal(text.replace("_", "")).stripTrailingZeros().scale() <= 0
                    ? (Object) new java.math.BigInteger(text.replace("_", "")) : new java.math.BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    /** {@code principle.KEY}: a mapping (roles, communityServices) merges into what the draft has; else replaces. */
    public Draft principle(String key, Object value) {
        Map<String, Object> d = copy(doc);
        Map<String, Object> p = section(d, "principle");
        p.put(key, p.get(key) instanceof Map<?, ?> old && value instanceof Map<?, ?> now ? merge(old, now) : value);
        return new Draft(d);
    }

    /**
     * A patch of an item's fields ({@code items.ID}), merged into any patch the draft has for it; an item the draft
     * adds is patched where it is added (a patch applies to the catalog's items only).
     */
    public Draft item(String id, Map<String, Object> fields) {
        Map<String, Object> d = copy(doc);
        if (d.get("add") instanceof Map<?, ?> add && add.get("items") instanceof List<?> added) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) added;
            for (int k = 0; k < list.size(); k++) {
                if (list.get(k) instanceof Map<?, ?> m && id.equals(m.get("id"))) {
                    list.set(k, merge(m, fields));
                    return new Draft(d);
                }
            }
        }
        return new Draft(d).patch("items", id, fields);
    }

    /** Removes an item: one the draft adds is no longer added; one of the catalog is removed, its patch dropped. */
    public Draft remove(String id) {
        Map<String, Object> d = copy(doc);
        if (d.get("add") instanceof Map<?, ?> add && add.get("items") instanceof List<?> added
                && added.removeIf(m -> m instanceof Map<?, ?> mm && id.equals(mm.get("id")))) {
            return new Draft(tidy(d));
        }
        if (d.get("items") instanceof Map<?, ?> patches) patches.remove(id);
        return new Draft(tidy(d)).append("remove", "items", id);
    }

    /** Adds an item (a mapping with its {@code category}). */
    public Draft add(Map<String, Object> item) {
        return append("add", "items", item);
    }

    /** Disables a rule, by name or finding code. */
    public Draft disable(String rule) {
        return append("rules", "disable", rule);
    }

    /** The same edits under another id and name. */
    public Draft named(String id, String name) {
        Map<String, Object> d = copy(doc);
        Map<String, Object> h = section(d, "variant");
        h.put("id", id);
        if (name != null && !name.isBlank()) h.put("name", name);
        return new Draft(d);
    }

    public String id() {
        return doc.get("variant") instanceof Map<?, ?> h && h.get("id") != null ? String.valueOf(h.get("id")) : "workbench";
    }

    /** Whether the draft makes no edit at all. */
    public boolean isEmpty() {
        return doc.keySet().stream().allMatch("variant"::equals);
    }

    private Draft patch(String section, String id, Object fields) {
        Map<String, Object> d = copy(doc);
        Map<String, Object> s = section(d, section);
        s.put(id, s.get(id) instanceof Map<?, ?> old && fields instanceof Map<?, ?> now ? merge(old, now) : fields);
        return new Draft(d);
    }

    private Draft append(String section, String list, Object value) {
        Map<String, Object> d = copy(doc);
        Map<String, Object> s = section(d, section);
        @SuppressWarnings("unchecked")
        List<Object> l = s.get(list) instanceof List<?> old ? (List<Object>) old : new ArrayList<>();
        if (!l.contains(value) || !(value instanceof String)) l.add(value);
        s.put(list, l);
        return new Draft(d);
    }

    /** The variant file: what is saved, and what the workbench reads back to evaluate. */
    public String text() {
        try {
            return YAML.writeValueAsString(doc) + "# yaml-language-server: $schema=../../schema/variant.schema.json\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Draft other && other.doc.equals(doc);
    }

    @Override
    public int hashCode() {
        return doc.hashCode();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> d, String key) {
        return (Map<String, Object>) d.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    /** Drops empty sections and lists, as a hand-written file would not have them. */
    private static Map<String, Object> tidy(Map<String, Object> d) {
        for (String k : List.of("items", "add", "remove", "rules", "principle")) {
            if (d.get(k) instanceof Map<?, ?> m) {
                m.values().removeIf(v -> v instanceof List<?> l && l.isEmpty());
                if (m.isEmpty()) d.remove(k);
            }
        }
        return d;
    }

    private static Map<String, Object> merge(Map<?, ?> base, Map<?, ?> over) {
        Map<String, Object> out = new LinkedHashMap<>();
        base.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
        over.forEach((k, v) -> {
            Object old = out.get(String.valueOf(k));
            out.put(String.valueOf(k), old instanceof Map<?, ?> om && v instanceof Map<?, ?> nm ? merge(om, nm) : copyValue(v));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> m) {
        return (Map<String, Object>) copyValue(m);
    }

    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), copyValue(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(copyValue(x));
            return out;
        }
        return v;
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
