package quanze.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import quanze.law.Candidates;
import quanze.law.Candidates.Candidate;

/**
 * The delegation candidates as JSON: {@code from}, {@code to}, and {@code allowed}, {@code needsTransfer},
 * {@code keptAbove}, {@code notRead}, each a list of {id, category, type, name, why}.
 */
public final class CandidatesJsonReport {

    public String render(Candidates c) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("from", c.from().id());
            g.writeStringField("to", c.to().id());
            group(g, "allowed", c.allowed());
            group(g, "needsTransfer", c.needsTransfer());
            group(g, "keptAbove", c.keptAbove());
            group(g, "notRead", c.notRead());
            g.writeEndObject();
        }
        return out + "\n";
    }

    private static void group(JsonGenerator g, String name, List<Candidate> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Candidate c : items) {
            g.writeStartObject();
            g.writeStringField("id", c.item().id());
            g.writeStringField("category", c.item().categoryId());
            g.writeStringField("type", c.item().type() == null ? null : c.item().type().key());
            g.writeStringField("name", c.item().name().zh() == null ? c.item().name().en() : c.item().name().zh());
            g.writeStringField("why", c.why());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
