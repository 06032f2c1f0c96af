package quanze.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON Schema (draft 2020-12) of a {@link Shape}: what {@code catalog/schema/*.schema.json} are made from. */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The schema files quanze publishes from its shapes, by file name. */
    public static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("catalog.schema.json", file("catalog", "quanze catalog file", CatalogShapes.CATALOG));
        out.put("waivers.schema.json", file("waivers", "quanze waiver register", FileShapes.WAIVERS));
        out.put("scenarios.schema.json", file("scenarios", "quanze rule scenarios", FileShapes.SCENARIOS));
        out.put("variant.schema.json", file("variant", "quanze variant (what-if) file", FileShapes.VARIANT));
        return out;
    }

    static String file(String name, String title, Shape root) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        // no $id: "catalog.schema.json" is then found beside this file, by an editor as by the tests
        s.put("title", title);
        s.put("$comment", "Generated from quanze.schema; do not edit by hand (SchemasTest fails when it is out of date;"
                + " regenerate with mvn -q test -Dtest=SchemasTest -Dquanze.writeSchemas=true).");
        Map<String, Object> defs = new TreeMap<>();
        s.putAll(schema(root, defs));
        if (!defs.isEmpty()) s.put("$defs", defs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s)
                    .replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema of {@code shape}; each {@link Shape.Def} it uses is written once into {@code defs}. */
    static Map<String, Object> schema(Shape shape, Map<String, Object> defs) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (shape instanceof Shape.Obj o) {
            if (o.description() != null) s.put("description", o.description());
            s.put("type", "object");
            if (o.values() != null) {
                if (o.keys() != null) s.put("propertyNames", schema(o.keys(), defs));
                s.put("additionalProperties", schema(o.values(), defs));
                return s;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            for (Shape.Field f : o.fields()) {
                Map<String, Object> p = new LinkedHashMap<>();
                if (f.description() != null) p.put("description", f.description());
                Map<String, Object> inner = schema(f.shape(), defs);
                if (!inner.containsKey("$ref")) inner.remove("description");
                p.putAll(inner);
                props.put(f.name(), p);
            }
            s.put("properties", props);
            List<String> required = o.fields().stream().filter(Shape.Field::required).map(Shape.Field::name).toList();
            if (!required.isEmpty()) s.put("required", required);
            s.put("additionalProperties", false);
        } else if (shape instanceof Shape.Arr a) {
            if (a.description() != null) s.put("description", a.description());
            // "key:" with nothing after it is an empty list, unless the list must name something
            s.put("type", a.nonEmpty() ? "array" : List.of("array", "null"));
            s.put("items", schema(a.items(), defs));
            if (a.nonEmpty()) s.put("minItems", 1);
            if (a.distinct()) s.put("uniqueItems", true);
        } else if (shape instanceof Shape.Str str) {
            // a number reads as its text (id: 12); a value with a pattern or a list of names must be written as text
            s.put("type", str.pattern() == null && str.values().isEmpty() ? List.of("string", "number") : "string");
            if (str.pattern() != null) s.put("pattern", str.pattern());
            if (!str.values().isEmpty()) s.put("enum", str.values());
        } else if (shape instanceof Shape.Keys k) {
            // quanze reads a catalog enum's Chinese names too, in either script (行政许可, 抓執行): the schema lets
            // Chinese text through and leaves the word to quanze
            Map<String, Object> chinese = new LinkedHashMap<>();
            chinese.put("type", "string");
            chinese.put("pattern", "[\\u3400-\\u9fff]");
            s.put("anyOf", List.of(Map.of("enum", k.keys()), chinese));
        } else if (shape instanceof Shape.Int i) {
            s.put("type", "integer");
            s.put("minimum", i.minimum());
        } else if (shape instanceof Shape.Bool) {
            s.put("type", "boolean");
        } else if (shape instanceof Shape.Null) {
            s.put("type", "null");
        } else if (shape instanceof Shape.Cell) {
            s.put("type", List.of("string", "number", "boolean"));
        } else if (shape instanceof Shape.Def d) {
            if (!defs.containsKey(d.name())) {
                defs.put(d.name(), Map.of()); // a placeholder, should the shape refer to itself
                defs.put(d.name(), schema(d.shape(), defs));
            }
            s.put("$ref", "#/$defs/" + d.name());
        } else if (shape instanceof Shape.AnyOf any) {
            s.put("anyOf", any.options().stream().map(o -> schema(o, defs)).toList());
        } else if (shape instanceof Shape.Ref r) {
            s.put("$ref", r.uri());
        } else if (shape instanceof Shape.Anything a) {
            s.put("description", a.description());
        }
        return s;
    }
}
