package quanze.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Role;
import quanze.model.Severity;
import quanze.model.StatutoryLevel;

/**
 * The machine-readable report: {@code schemaVersion}, {@code summary}, {@code items[]} (id, category, kind,
 * decision, level, declaredLevel (and declaredLevels when the list declares several), roles as level per role,
 * reasons, the level read from its bases' words: statutoryLevel {floor, highest, quote, pattern, basis, certain}
 * or null, and statutoryReadings per basis, and where an imported item came from: imported {file, sheet, row}) and {@code findings[]} (code, severity, item, file, line,
 * column, message, basis, rule), and for a catalog with one, {@code organisation}. Streamed with Jackson's generator.
 */
final class JsonReport implements Report {

    /** Bumped when a field is renamed or removed; adding fields keeps it. */
    static final int SCHEMA_VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(CheckResult r, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("catalog", r.catalog().info() == null ? null : r.catalog().info().id());
        g.writeStringField("principle", r.catalog().principle().id());
        g.writeObjectFieldStart("summary");
        g.writeNumberField("items", r.catalog().items().size());
        g.writeNumberField("delegated", r.delegated());
        g.writeNumberField("takenBack", r.takenBack());
        g.writeNumberField("retained", r.retained());
        g.writeNumberField("delegatedApprovals", r.delegatedApprovals());
        g.writeNumberField("delegatedApprovalCategories", r.delegatedApprovalCategories());
        g.writeNumberField("errors", r.count(Severity.ERROR));
        g.writeNumberField("warnings", r.count(Severity.WARNING));
        g.writeNumberField("waived", r.waived());
        g.writeEndObject();
        g.writeArrayFieldStart("items");
        for (Decision d : r.decisions()) {
            g.writeStartObject();
            g.writeStringField("id", d.itemId());
            g.writeStringField("category", d.item().categoryId());
            g.writeStringField("kind", d.item().kind() == null ? null : d.item().kind().key());
            g.writeStringField("decision", d.verdict().key());
            g.writeStringField("level", d.level());
            g.writeStringField("declaredLevel", d.item().declared().levelId());
            if (d.item().declared().levelIds().size() > 1) {
                g.writeArrayFieldStart("declaredLevels");
                for (String l : d.item().declared().levelIds()) g.writeString(l);
                g.writeEndArray();
            }
            g.writeObjectFieldStart("roles");
            for (Role role : Role.values()) g.writeStringField(role.key(), d.roles().get(role));
            g.writeEndObject();
            g.writeObjectFieldStart("declaredRoles");
            for (Map.Entry<Role, String> e : d.item().declared().roleIds().entrySet()) {
                var body = d.item().declared().holder(e.getKey());
                g.writeStringField(e.getKey().key(), body == null ? null : body.levelId());
            }
            g.writeEndObject();
            statutory(g, d.item().statutory());
            if (d.item().imported() != null) {
                g.writeObjectFieldStart("imported");
                g.writeStringField("file", d.item().imported().file());
                if (d.item().imported().sheet() != null) g.writeStringField("sheet", d.item().imported().sheet());
                g.writeNumberField("row", d.item().imported().row());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("reasons");
            g.writeStartObject();
            g.writeStringField("rule", d.rule());
            g.writeStringField("basis", d.basis());
            g.writeStringField("because", d.why());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        organisation(r, g);
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("severity", f.severity().key());
            g.writeStringField("item", f.itemId());
            g.writeStringField("file", f.location().file());
            g.writeNumberField("line", f.location().line());
            g.writeNumberField("column", f.location().column());
            g.writeStringField("message", f.message());
            g.writeStringField("basis", f.basis());
            g.writeStringField("rule", f.rule());
            if (f.waived()) {
                g.writeObjectFieldStart("waiver");
                g.writeStringField("reason", f.waiver().reason());
                g.writeStringField("approvedBy", f.waiver().approvedBy());
                g.writeStringField("approvedOn", f.waiver().approvedOn() == null ? null : f.waiver().approvedOn().toString());
                g.writeStringField("expires", f.waiver().expires() == null ? null : f.waiver().expires().toString());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /**
     * {@code organisation} (only for a catalog that has one): {first, last} states, {@code units} per kind {first,
     * last, gone}, {@code totals} per stated total {kind, measure, excluding, stated {before, after, abolished},
     * found {before, after, abolished}, holds}, and {@code findings}, how many are about it.
     */
    private static void organisation(CheckResult r, JsonGenerator g) throws IOException {
        OrganisationSection o = OrganisationSection.of(r);
        if (o == null) return;
        g.writeObjectFieldStart("organisation");
        g.writeStringField("first", o.first().id());
        g.writeStringField("last", o.last().id());
        g.writeObjectFieldStart("units");
        for (OrganisationSection.Row row : o.rows()) {
            g.writeObjectFieldStart(row.kind().key());
            g.writeNumberField("first", row.first());
            g.writeNumberField("last", row.last());
            g.writeNumberField("gone", row.gone());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("totals");
        for (OrganisationSection.Stated t : o.totals()) {
            g.writeStartObject();
            g.writeStringField("kind", t.total().kind().key());
            g.writeStringField("measure", t.total().measure().key());
            g.writeArrayFieldStart("excluding");
            for (String e : t.total().excluding().stream().sorted().toList()) g.writeString(e);
            g.writeEndArray();
            g.writeObjectFieldStart("stated");
            number(g, "before", t.total().before());
            number(g, "after", t.total().after());
            number(g, "abolished", t.total().abolished());
            g.writeEndObject();
            g.writeObjectFieldStart("found");
            g.writeNumberField("before", t.before());
            g.writeNumberField("after", t.after());
            g.writeNumberField("abolished", t.gone());
            g.writeEndObject();
            g.writeBooleanField("holds", t.holds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("findings", o.findings().size());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Integer n) throws IOException {
        if (n == null) g.writeNullField(name);
        else g.writeNumberField(name, n);
    }

    /**
     * {@code statutoryLevel}: {floor, highest, quote, pattern, basis, certain}, or null when nothing could be derived;
     * {@code statutoryReadings}: what each basis with words of the act reads, when any does.
     */
    private static void statutory(JsonGenerator g, StatutoryLevel s) throws IOException {
        if (s == null || !s.derived()) {
            g.writeNullField("statutoryLevel");
        } else {
            g.writeObjectFieldStart("statutoryLevel");
            g.writeStringField("floor", s.floor().id());
            g.writeStringField("highest", s.highest() == null ? null : s.highest().id());
            g.writeStringField("quote", s.quote());
            g.writeStringField("pattern", s.pattern());
            g.writeStringField("basis", s.cite());
            g.writeBooleanField("certain", s.certain());
            g.writeEndObject();
        }
        if (s == null || s.cited().isEmpty()) return;
        g.writeArrayFieldStart("statutoryReadings");
        for (StatutoryLevel.Cited c : s.cited()) {
            g.writeStartObject();
            g.writeStringField("basis", c.cite());
            g.writeStringField("floor", c.floor());
            g.writeStringField("highest", c.highest());
            g.writeStringField("quote", c.quote());
            g.writeStringField("pattern", c.pattern());
            g.writeBooleanField("direct", c.direct());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
