package quanze.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import quanze.catalog.CatalogReader;
import quanze.model.InputException;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.Catalog;
import quanze.model.CheckResult;
import quanze.model.Finding;

/**
 * The smallest catalogs that trigger a rule: a base of four levels and a few bodies, and items built from a
 * lawful, correctly declared, delegable approval by overriding single fields ({@code "declared.level"}).
 */
public final class TestCatalog {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final RuleBase RULES = RuleBase.bundled();

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> categories = new ArrayList<>();

    public TestCatalog() {
        root.put("catalog", new LinkedHashMap<>(Map.of("id", "test", "name", "Test")));
        root.put("levels", List.of(
                Map.of("id", "city"), Map.of("id", "district"),
                Map.of("id", "street", "abolished", true), Map.of("id", "community")));
        root.put("bodies", List.of(
                body("city-dept", "city", null, null),
                body("district-dept", "district", null, null),
                body("city-branch", "district", "city-dept", null),
                body("street-office", "street", null, null),
                body("service-centre", "community", null, "public-service-centre"),
                body("mass-work-centre", "community", null, "mass-work-centre")));
        root.put("categories", categories);
    }

    private static Map<String, Object> body(String id, String level, String parent, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("level", level);
        m.put("name", id);
        if (parent != null) m.put("parent", parent);
        if (kind != null) m.put("kind", kind);
        return m;
    }

    /** A delegable, lawful approval declared at the district with the seed's role split: no findings. */
    public static Map<String, Object> approval(String id) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("name", Map.of("zh", "審批 " + id, "en", "Approval " + id));
        item.put("type", "licensing");
        item.put("basis", List.of(Map.of("law", "建築法", "article", "7", "rank", "law")));
        item.put("traits", List.of("micro"));
        item.put("scope", "within-district");
        item.put("responsibilities", List.of("受理責任", "審查責任"));
        item.put("accountability", List.of("對不符合法定條件的申請准予許可的"));
        item.put("declared", declared("district", "delegated", "city-dept", "district-dept"));
        return item;
    }

    /** A community service of {@code service} delivered by {@code body} under the district: no findings. */
    public static Map<String, Object> communityService(String id, String service, String body) {
        Map<String, Object> item = approval(id);
        item.remove("traits");
        item.remove("scope");
        item.put("type", "other");
        item.put("service", service);
        Map<String, Object> roles = new LinkedHashMap<>();
        for (String r : List.of("policy", "standard")) roles.put(r, "city-dept");
        for (String r : List.of("management", "inspection", "supervision")) roles.put(r, "district-dept");
        for (String r : List.of("execution", "implementation")) roles.put(r, body);
        item.put("declared", new LinkedHashMap<>(Map.of("level", "community", "source", "delegated", "roles", roles)));
        return item;
    }

    public static Map<String, Object> declared(String level, String source, String cityBody, String districtBody) {
        Map<String, Object> roles = new LinkedHashMap<>();
        for (String r : List.of("policy", "standard", "inspection", "supervision")) roles.put(r, cityBody);
        for (String r : List.of("management", "execution", "implementation")) roles.put(r, districtBody);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("level", level);
        d.put("source", source);
        d.put("roles", roles);
        return d;
    }

    /** Sets {@code path} (dotted) in {@code item}; a null value removes the field. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> item, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> m = item;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = m.get(parts[i]);
            Map<String, Object> copy = next == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) next);
            m.put(parts[i], copy);
            m = copy;
        }
        if (value == null) m.remove(parts[parts.length - 1]);
        else m.put(parts[parts.length - 1], value);
        return item;
    }

    public TestCatalog category(String id, String kind, List<Map<String, Object>> items) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("kind", kind);
        c.put("name", id);
        c.put("items", items);
        categories.add(c);
        return this;
    }

    public TestCatalog approvals(Map<String, Object>... items) {
        return category("approvals", "approval", List.of(items));
    }

    public TestCatalog set(String key, Object value) {
        root.put(key, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    public TestCatalog expect(int categories, int items) {
        ((Map<String, Object>) root.get("catalog")).put("expect",
                Map.of("delegatedApprovals", Map.of("categories", categories, "items", items)));
        return this;
    }

    public String yaml() {
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the catalog as one file in a fresh folder under {@code tmp}. */
    public Path write(Path tmp) {
        try {
            Path dir = Files.createTempDirectory(tmp, "catalog");
            Files.writeString(dir.resolve("catalog.yaml"), yaml());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalog read(Path tmp) {
        try {
            return new CatalogReader().read(write(tmp), "test");
        } catch (InputException e) {
            throw new AssertionError("test catalog does not read:\n" + e.getMessage() + "\n" + yaml(), e);
        }
    }

    public CheckResult check(Path tmp) {
        return new Engine(RULES).check(read(tmp));
    }

    /** The codes found, in report order. */
    public List<String> codes(Path tmp) {
        return check(tmp).findings().stream().map(Finding::code).toList();
    }
}
