package quanze.report;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Role;

/**
 * The machine-readable report: {@code schemaVersion}, {@code summary}, {@code items[]} (id, category, kind,
 * decision, level, roles as level per role, reasons) and {@code findings[]} (code, severity, item, file, line,
 * column, message, basis, rule).
 */
final class JsonReport implements Report {

    /** Bumped when a field is renamed or removed; adding fields keeps it. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(CheckResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("catalog", r.catalog().info() == null ? null : r.catalog().info().id());
        root.put("principle", r.catalog().principle().id());
        ObjectNode summary = root.putObject("summary");
        summary.put("items", r.catalog().items().size());
        summary.put("delegated", r.delegated());
        summary.put("retained", r.retained());
        summary.put("delegatedApprovals", r.delegatedApprovals());
        summary.put("delegatedApprovalCategories", r.delegatedApprovalCategories());
        summary.put("errors", r.count(quanze.model.Severity.ERROR));
        summary.put("warnings", r.count(quanze.model.Severity.WARNING));
        ArrayNode items = root.putArray("items");
        for (Decision d : r.decisions()) {
            ObjectNode i = items.addObject();
            i.put("id", d.itemId());
            i.put("category", d.item().categoryId());
            i.put("kind", d.item().kind() == null ? null : d.item().kind().key());
            i.put("decision", d.verdict().key());
            i.put("level", d.level());
            i.put("declaredLevel", d.item().declared().levelId());
            ObjectNode roles = i.putObject("roles");
            for (Role role : Role.values()) roles.put(role.key(), d.roles().get(role));
            ObjectNode declared = i.putObject("declaredRoles");
            for (Map.Entry<Role, String> e : d.item().declared().roleIds().entrySet()) {
                var body = d.item().declared().holder(e.getKey());
                declared.put(e.getKey().key(), body == null ? null : body.levelId());
            }
            ArrayNode reasons = i.putArray("reasons");
            ObjectNode reason = reasons.addObject();
            reason.put("rule", d.rule());
            reason.put("basis", d.basis());
            reason.put("because", d.why());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("code", f.code());
            o.put("severity", f.severity().key());
            o.put("item", f.itemId());
            o.put("file", f.location().file());
            o.put("line", f.location().line());
            o.put("column", f.location().column());
            o.put("message", f.message());
            o.put("basis", f.basis());
            o.put("rule", f.rule());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
