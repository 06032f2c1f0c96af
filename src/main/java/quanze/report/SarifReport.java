package quanze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import quanze.model.CheckResult;
import quanze.model.Finding;

/**
 * SARIF 2.1.0 for code-scanning tools: one rule per finding code (its help text is the principle or article
 * it applies), one result per finding pointing at the catalog file and line; waived findings carry an
 * external suppression with the waiver's reason.
 */
final class SarifReport implements Report {

    @Override
    public void write(CheckResult r, Writer out) throws IOException {
        Map<String, Finding> rules = new TreeMap<>();
        for (Finding f : r.findings()) rules.putIfAbsent(f.code(), f);
        Map<String, Integer> index = new LinkedHashMap<>();
        JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "quanze");
        g.writeStringField("version", quanze.model.Version.number());
        g.writeStringField("informationUri", "https://quanze.invalid/rules");
        g.writeArrayFieldStart("rules");
        for (Finding f : rules.values()) {
            index.put(f.code(), index.size());
            g.writeStartObject();
            g.writeStringField("id", f.code());
            g.writeStringField("name", f.code());
            text(g, "shortDescription", f.rule());
            text(g, "fullDescription", f.rule() + (f.basis() == null ? "" : " — " + f.basis()));
            text(g, "help", f.basis() == null ? f.rule() : f.basis());
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", f.severity().key());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.code());
            g.writeNumberField("ruleIndex", index.get(f.code()));
            g.writeStringField("level", f.severity().key());
            text(g, "message", (f.itemId() == null ? "" : f.itemId() + ": ") + f.message());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", f.location().file());
            g.writeEndObject();
            if (f.location().line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.location().line());
                g.writeNumberField("startColumn", Math.max(1, f.location().column()));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            if (f.waived()) {
                g.writeArrayFieldStart("suppressions");
                g.writeStartObject();
                g.writeStringField("kind", "external");
                g.writeStringField("justification", f.waiver().reason() + " (approved by " + f.waiver().approvedBy() + ")");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
