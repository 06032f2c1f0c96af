package quanze.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import quanze.model.InputException;
import quanze.scenario.ScenarioFile;
import quanze.variant.VariantReader;
import quanze.waiver.WaiverRegister;

/**
 * The schemas of the waiver register, the scenario files and the variant files are generated from the shapes the
 * readers take their names from: the committed files are current, every shipped file validates, and what the
 * readers reject for its shape the schemas reject too.
 */
class SchemasTest {

    private static final Path DIR = Path.of("catalog/schema");

    @TempDir
    Path tmp;

    @Test
    void theCommittedSchemasAreWhatTheShapesMake() throws Exception {
        for (Map.Entry<String, String> e : JsonSchemas.files().entrySet()) {
            Path file = DIR.resolve(e.getKey());
            if (Boolean.getBoolean("quanze.writeSchemas")) Files.writeString(file, e.getValue());
            assertThat(Files.exists(file) ? Files.readString(file) : "").as(file + " is out of date: regenerate it with"
                    + " mvn -q test -Dtest=SchemasTest -Dquanze.writeSchemas=true").isEqualTo(e.getValue());
        }
    }

    /** A schema as an editor finds it: its relative $ref ("catalog.schema.json#…") read from the file beside it. */
    private static Schema schema(String name) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(iri -> {
            Path file = DIR.resolve(iri.substring(iri.lastIndexOf('/') + 1).replaceFirst("#.*", ""));
            try {
                return Files.exists(file) ? Files.readString(file) : null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).getSchema(SchemaLocation.of("https://quanze.invalid/schema/" + name));
    }

    /**
     * The errors of a YAML text, read as an editor's YAML support reads it: anchors and aliases resolved (the
     * validator's own YAML reading keeps "*approval" as a string), dates kept as the text they are.
     */
    private static List<String> errors(String schema, String yaml) throws Exception {
        Object tree = plain(new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                new org.yaml.snakeyaml.LoaderOptions())).load(yaml));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(tree);
        return schema(schema).validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Object plain(Object o) {
        if (o instanceof java.util.Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (o instanceof List<?> l) return l.stream().map(SchemasTest::plain).toList();
        return o;
    }

    private static List<Path> files(String dir, String glob) throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted()
                    .forEach(out::add);
        }
        return out;
    }

    @Test
    void everyShippedWaiverRegisterVariantAndScenarioFileValidates() throws Exception {
        List<Path> waivers = List.of(Path.of("catalog/examples/before-reform/waivers.yaml"));
        List<Path> variants = files("catalog/huangshi/variants", "*.yaml");
        List<Path> scenarios = files("rules/tests", "*.yaml");
        assertThat(variants).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(7);
        for (Path p : waivers) assertThat(errors("waivers.schema.json", Files.readString(p))).as(p.toString()).isEmpty();
        for (Path p : variants) assertThat(errors("variant.schema.json", Files.readString(p))).as(p.toString()).isEmpty();
        for (Path p : scenarios) assertThat(errors("scenarios.schema.json", Files.readString(p))).as(p.toString()).isEmpty();
    }

    private static final String WAIVER = """
            - item: a
              code: QZ107
              reason: Accepted while the list is revised
              approvedBy: 市法制辦
              approvedOn: 2025-01-01
              expires: 2030-12-31
            """;

    private static final String VARIANT = """
            variant:
              id: v
              name: {zh: 甲, en: A}
            principle:
              delegableTraits: [micro]
            items:
              a: {scope: cross-district}
            remove:
              items: [b]
            rules:
              disable: [QZ107]
            """;

    private static final String SCENARIO = """
            - name: A micro-level approval is delegated
              given:
                item: {traits: [micro]}
                asOf: 2027-01-01
              expect:
                decision: delegate
                roles: {policy: city, 抓執行: district}
                findings: {absent: [QZ101]}
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "waivers|reason:|raison:",
            "waivers|code: QZ107|code: [QZ107]",
            "waivers|approvedOn: 2025-01-01|approvedOn: next week",
            "waivers|- item: a|- itme: a",
            "variant|  id: v|  idd: v",
            "variant|remove:|removed:",
            "variant|  disable: [QZ107]|  disable: QZ107",
            "variant|  name: {zh: 甲, en: A}|  name: {zh: 甲, fr: A}",
            "scenarios|  expect:|  expected:",
            "scenarios|    asOf: 2027-01-01|    asOf: soon",
            "scenarios|findings: {absent: [QZ101]}|findings: {missing: [QZ101]}",
            "scenarios|    decision: delegate|    decision: [delegate]"})
    void whatTheReaderRejectsTheSchemaRejects(String kind, String from, String to) throws Exception {
        String good = switch (kind) {
            case "waivers" -> WAIVER;
            case "variant" -> VARIANT;
            default -> SCENARIO;
        };
        assertThat(good).contains(from);
        String bad = good.replace(from, to);
        assertThat(errors(kind + ".schema.json", good)).isEmpty();
        assertThat(read(kind, good)).isNull();
        assertThat(errors(kind + ".schema.json", bad)).as(bad).isNotEmpty();
        assertThat(read(kind, bad)).as(bad).isInstanceOf(InputException.class);
    }

    private Throwable read(String kind, String yaml) throws Exception {
        Path f = Files.writeString(tmp.resolve(kind + ".yaml"), yaml);
        return catchThrowable(() -> {
            switch (kind) {
                case "waivers" -> WaiverRegister.read(f, "f");
                case "variant" -> new VariantReader().read(f, "f");
                default -> ScenarioFile.read(f, "f");
            }
        });
    }

    /** Every shipped file names its schema for editors (yaml-language-server), and the name leads to it. */
    @Test
    void everyShippedFileNamesItsSchema() throws Exception {
        Map<String, List<Path>> byKind = new java.util.LinkedHashMap<>();
        List<Path> catalogs = new ArrayList<>(files("catalog/huangshi", "*.yaml"));
        catalogs.addAll(files("catalog/examples/before-reform", "[0-9]*.yaml"));
        catalogs.add(Path.of("catalog/examples/read-the-law/catalog.yaml"));
        byKind.put("catalog.schema.json", catalogs);
        byKind.put("variant.schema.json", files("catalog/huangshi/variants", "*.yaml"));
        byKind.put("waivers.schema.json", List.of(Path.of("catalog/examples/before-reform/waivers.yaml")));
        byKind.put("scenarios.schema.json", files("rules/tests", "*.yaml"));
        java.util.regex.Pattern modeline = java.util.regex.Pattern.compile("(?m)^# yaml-language-server: \\$schema=(\\S+)$");
        for (var e : byKind.entrySet()) {
            for (Path f : e.getValue()) {
                var m = modeline.matcher(Files.readString(f));
                assertThat(m.find()).as("%s names its schema", f).isTrue();
                Path target = f.getParent().resolve(m.group(1)).normalize();
                assertThat(target).as(f.toString()).isEqualTo(DIR.resolve(e.getKey()).normalize());
                assertThat(target).exists();
            }
        }
    }
}
