package quanze.catalog;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.Catalog;
import quanze.model.CatalogInfo;
import quanze.model.Category;
import quanze.model.Declared;
import quanze.model.Transfer;
import quanze.model.Item;
import quanze.model.Keyed;
import quanze.model.Level;
import quanze.model.Principle;
import quanze.model.Role;
import quanze.model.Text;

/**
 * Writes a catalog as one catalog file, in the format {@link CatalogReader} reads: the catalog block, the
 * principle where it differs from the bundled one, levels, bodies, then each category with its items. Items are
 * streamed one by one. Text with line breaks is written as a literal block, so a published list's provisions stay
 * readable.
 */
public final class CatalogWriter {

    /**
     * Quotes what Jackson would quote, and any text quanze's reader would take for a number, boolean or null
     * (1e3, .inf: Jackson's own test misses them), so that a name stays a name for any YAML 1.2 reader.
     */
    private static final class Quoting extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || Scalars.kindOf(value) != Node.Scalar.Kind.STRING;
        }
    }

    /** The YAML mapper quanze writes its own files with (catalogs, variants): plain scalars where YAML reads them back as text. */
    public static ObjectMapper yaml() {
        return YAML;
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .stringQuotingChecker(new Quoting()).build()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    /** Items rendered together: below this a category is written as it is read. */
    static final int CHUNK = 2_000;

    private CatalogWriter() {
    }

    /**
     * Writes {@code items} as the sequence of a category's {@code items:}: rendered chunk by chunk, the chunks of a
     * large category on every core, then written in order. Each chunk is a YAML sequence indented two spaces as a
     * whole (YAML's indentation is relative: the text of every value stays the same).
     */
    private static void chunks(List<Item> items, Writer out) throws IOException {
        int window = 2 * Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < items.size(); from += window * CHUNK) {
            int start = from;
            List<String> texts = java.util.stream.IntStream.range(0, window)
                    .filter(w -> start + w * CHUNK < items.size()).parallel()
                    .mapToObj(w -> render(items.subList(start + w * CHUNK,
                            Math.min(items.size(), start + (w + 1) * CHUNK))))
                    .toList();
            for (String t : texts) out.write(t);
        }
    }

    /** A chunk of items as the lines of a sequence two spaces in (as Jackson indents a nested sequence). */
    private static String render(List<Item> items) {
        try {
            List<Object> maps = new ArrayList<>(items.size());
            for (Item i : items) maps.add(item(i));
            String text = YAML.writeValueAsString(maps);
            StringBuilder b = new StringBuilder(text.length() + text.length() / 8);
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = text.length() - 1;
                if (end > start) b.append("  ");
                b.append(text, start, end + 1);
                start = end + 1;
            }
            return b.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes {@code c} to {@code out}, after {@code header} (comment lines, each starting with #). */
    public static void write(Catalog c, String header, Writer out) throws IOException {
        out.write(header);
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("catalog", info(c.info()));
        Principle bundled = PrincipleReader.bundled();
        if (!c.principle().equals(bundled)) top.put("principle", principle(c.principle(), bundled));
        top.put("levels", c.levels().stream().map(CatalogWriter::level).toList());
        top.put("bodies", c.bodies().stream().map(CatalogWriter::body).toList());
        out.write(YAML.writeValueAsString(top));
        out.write("categories:\n");
        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        for (Category k : c.categories()) byCategory.put(k.id(), new ArrayList<>());
        for (Item i : c.items()) byCategory.computeIfAbsent(i.categoryId(), k -> new ArrayList<>()).add(i);
        for (Category k : c.categories()) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("id", k.id());
            head.put("kind", k.kind() == null ? null : k.kind().key());
            head.put("name", text(k.name()));
            put(head, "note", k.note());
            out.write(YAML.writeValueAsString(List.of(head)));
            List<Item> items = byCategory.get(k.id());
            if (items.isEmpty()) {
                out.write("  items: []\n");
            } else {
                out.write("  items:\n");
                chunks(items, out);
            }
        }
        out.flush();
    }

    private static Map<String, Object> info(CatalogInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", text(info.name()));
        if (info.reconstructed()) m.put("reconstructed", true);
        put(m, "source", info.source());
        put(m, "note", info.note());
        if (info.expect() != null) {
            m.put("expect", Map.of("delegatedApprovals", Map.of("categories", info.expect().categories(),
                    "items", info.expect().items())));
        }
        return m;
    }

    /** The fields of {@code p} that differ from {@code base}, as a principle block writes them. */
    static Map<String, Object> principle(Principle p, Principle base) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!p.id().equals(base.id())) m.put("id", p.id());
        if (!p.name().equals(base.name())) m.put("name", text(p.name()));
        if (!p.delegableTraits().equals(base.delegableTraits())) m.put("delegableTraits", keys(p.delegableTraits()));
        if (!p.blockingScopes().equals(base.blockingScopes())) m.put("blockingScopes", keys(p.blockingScopes()));
        if (!p.delegateTo().equals(base.delegateTo())) m.put("delegateTo", p.delegateTo());
        if (!p.retainAt().equals(base.retainAt())) m.put("retainAt", p.retainAt());
        if (!p.communityLevel().equals(base.communityLevel())) m.put("communityLevel", p.communityLevel());
        Map<String, Object> roles = new LinkedHashMap<>();
        split(roles, "delegated", p.delegated(), base.delegated());
        split(roles, "retained", p.retained(), base.retained());
        split(roles, "community", p.community(), base.community());
        split(roles, "street", p.street(), base.street());
        if (!roles.isEmpty()) m.put("roles", roles);
        if (!p.communityServices().equals(base.communityServices())) {
            Map<String, Object> s = new LinkedHashMap<>();
            p.communityServices().forEach((body, services) -> s.put(body.key(), keys(services)));
            m.put("communityServices", s);
        }
        if (!p.holding().routeRoles().equals(base.holding().routeRoles())) {
            Map<String, Object> r = new LinkedHashMap<>();
            new java.util.EnumMap<>(p.holding().routeRoles()).forEach((route, rs) -> r.put(route.key(), keys(rs)));
            m.put("routes", r);
        }
        if (!p.holding().natures().equals(base.holding().natures())) {
            Map<String, Object> n = new LinkedHashMap<>();
            new java.util.EnumMap<>(p.holding().natures()).forEach((nature, right) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                if (!right.powers().isEmpty()) one.put("powers", keys(right.powers()));
                if (!right.routes().isEmpty()) one.put("routes", keys(right.routes()));
                one.put("basis", right.basis());
                n.put(nature.key(), one);
            });
            m.put("natures", n);
        }
        return m;
    }

    private static void split(Map<String, Object> out, String name, Map<Role, String> roles, Map<Role, String> base) {
        if (roles.equals(base)) return;
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        for (Map.Entry<Role, String> e : new EnumMap<>(roles).entrySet()) {
            byLevel.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey().key());
        }
        out.put(name, byLevel);
    }

    private static Map<String, Object> level(Level l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        if (l.name() != null) m.put("name", text(l.name()));
        if (l.abolished()) m.put("abolished", true);
        return m;
    }

    private static Map<String, Object> body(Body b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("level", b.levelId());
        m.put("name", text(b.name()));
        put(m, "parent", b.parent());
        if (b.kind() != null) m.put("kind", b.kind().key());
        if (b.declaredNature() != null) m.put("nature", b.declaredNature().key());
        return m;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("name", text(i.name()));
        m.put("type", i.type() == null ? null : i.type().key());
        List<Object> basis = new ArrayList<>();
        for (Basis b : i.basis()) basis.add(basis(b));
        m.put("basis", basis);
        if (i.floor() != null) m.put("floor", i.floor().id());
        if (!i.traits().isEmpty()) m.put("traits", keys(i.traits()));
        m.put("scope", i.scope().key());
        m.put("responsibilities", i.responsibilities());
        m.put("accountability", i.accountability());
        m.put("declared", declared(i.declared()));
        if (i.service() != null) m.put("service", i.service().key());
        if (i.origin() != null) m.put("origin", i.origin().id());
        put(m, "note", i.note());
        if (i.extra() != null && !i.extra().isEmpty()) m.put("extra", i.extra());
        if (i.imported() != null) m.put("imported", imported(i.imported()));
        return m;
    }

    static Map<String, Object> imported(quanze.model.Imported i) {
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("file", i.file());
        put(at, "sheet", i.sheet());
        at.put("row", i.row());
        return at;
    }

    private static Map<String, Object> declared(Declared d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", d.levelIds().size() == 1 ? d.levelId() : d.levelIds());
        m.put("source", d.source() == null ? null : d.source().key());
        // an entrustment keeps its older name, so that a catalog written before routes reads the same
        if (d.entrustment() != null) {
            m.put(d.source() == quanze.model.Source.ENTRUSTED && d.entrustment().by() != null ? "entrustment" : "transfer", entrustment(d.entrustment()));
        }
        Map<String, String> roles = new LinkedHashMap<>();
        d.roleIds().forEach((r, b) -> roles.put(r.key(), b));
        m.put("roles", roles);
        put(m, "authority", d.authority());
        return m;
    }

    /** An entrustment as the catalog (and the workbook's data column) writes it. */
    public static Map<String, Object> entrustment(Transfer e) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "by", e.by());
        List<Object> basis = new ArrayList<>();
        for (Basis b : e.basis()) basis.add(basis(b));
        m.put("basis", basis);
        put(m, "document", e.document());
        if (e.published() != null) m.put("published", e.published());
        if (e.inOwnName() != null) m.put("inOwnName", e.inOwnName());
        if (e.approvedBy() != null) m.put("approvedBy", e.approvedBy().key());
        return m;
    }

    /** A basis as the catalog (and the workbook's data column) writes it: only the fields it has. */
    public static Map<String, Object> basis(Basis b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", b.law());
        put(m, "short", b.shortTitle());
        m.put("article", b.article());
        put(m, "paragraph", b.paragraph());
        put(m, "subparagraph", b.subparagraph());
        m.put("rank", b.rank().key());
        if (!b.confirmed()) m.put("confirmed", false);
        put(m, "note", b.note());
        put(m, "tag", b.tag());
        put(m, "version", b.version());
        put(m, "adopted", b.adopted());
        put(m, "amended", b.amended());
        put(m, "effective", b.effective());
        put(m, "text", b.text());
        return m;
    }

    private static Object text(Text t) {
        if (t == null) return "";
        if (t.en() == null || t.en().isEmpty()) return t.zh() == null ? "" : t.zh();
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "zh", t.zh());
        m.put("en", t.en());
        return m;
    }

    private static List<String> keys(Set<? extends Keyed> values) {
        return values.stream().map(Keyed::key).toList();
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) m.put(key, value);
    }
}
