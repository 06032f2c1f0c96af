package quanze.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import quanze.model.Basis;
import quanze.model.Entrustment;
import quanze.model.Imported;
import quanze.model.InputException;
import quanze.model.Principle;
import quanze.model.Problem;

/**
 * The exact data of a basis list or an entrustment in one spreadsheet cell (JSON), beside the readable column, so
 * that export → import gives back the same catalog. Read back with the catalog's own reader: a cell that does
 * not hold what the export writes is a problem at the cell, with the line and column inside it.
 */
public final class CatalogJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogJson() {
    }

    public static String basis(List<Basis> basis) {
        List<Object> out = new ArrayList<>();
        for (Basis b : basis) out.add(CatalogWriter.basis(b));
        return write(out);
    }

    public static String entrustment(Entrustment e) {
        return e == null ? "" : write(CatalogWriter.entrustment(e));
    }

    /** The columns an imported list had that quanze keeps as written (empty when none). */
    public static String extra(java.util.Map<String, String> extra) {
        return extra == null || extra.isEmpty() ? "" : write(extra);
    }

    /** Where an imported item came from (empty for an item written in YAML). */
    public static String imported(Imported i) {
        return i == null ? "" : write(CatalogWriter.imported(i));
    }

    /** The catalog's principle where it differs from the bundled one (empty when it does not). */
    public static String principle(Principle p) {
        Principle bundled = PrincipleReader.bundled();
        return p == null || p.equals(bundled) ? "" : write(CatalogWriter.principle(p, bundled));
    }

    /** The extra columns a data cell holds, or null with its problems. */
    public static java.util.Map<String, String> readExtra(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "extra (data)", problems, (reader, n) -> reader.extra(n));
    }

    /** The place an item was imported from, as a data cell holds it, or null with its problems. */
    public static Imported readImported(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "imported (data)", problems, (reader, n) -> reader.imported(n));
    }

    /** The principle a data cell holds, laid over the bundled one, or null with its problems. */
    public static Principle readPrinciple(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "principle (data)", problems,
                (reader, n) -> PrincipleReader.override(PrincipleReader.bundled(), n, reader.problems()));
    }

    private static <T> T readWith(String json, String cell, String column, List<Problem> problems,
                                  java.util.function.BiFunction<ItemReader, Node, T> read) {
        Node n = parse(json, cell, column, problems);
        if (n == null) return null;
        List<Problem> found = new ArrayList<>();
        T out = read.apply(new ItemReader(found, new Interner()), n);
        found.forEach(p -> problems.add(inCell(p, cell, "")));
        return found.isEmpty() ? out : null;
    }

    /** The bases a data cell holds, or null with its problems ({@code cell}: the cell's address). */
    public static List<Basis> readBasis(String json, String cell, List<Problem> problems) {
        Node n = parse(json, cell, "basis (data)", problems);
        if (n == null) return null;
        List<Problem> found = new ArrayList<>();
        ItemReader reader = new ItemReader(found, new Interner());
        List<Basis> out = new ArrayList<>();
        for (Node b : Fields.listOf(n, "basis (data)", found)) {
            Basis basis = reader.basis(b);
            if (basis != null) out.add(basis);
        }
        found.forEach(p -> problems.add(inCell(p, cell, "")));
        return found.isEmpty() ? out : null;
    }

    /** The entrustment a data cell holds, or null with its problems. */
    public static Entrustment readEntrustment(String json, String cell, List<Problem> problems) {
        Node n = parse(json, cell, "entrustment (data)", problems);
        if (n == null) return null;
        List<Problem> found = new ArrayList<>();
        ItemReader reader = new ItemReader(found, new Interner());
        Fields f = Fields.of(n, "entrustment (data)", ItemReader.ENTRUSTMENT, found);
        Entrustment e = null;
        if (f != null) e = new Entrustment(f.string("by", true, "entrustment"), f.map("basis", reader::basis));
        found.forEach(p -> problems.add(inCell(p, cell, "")));
        return found.isEmpty() ? e : null;
    }

    private static Node parse(String json, String cell, String column, List<Problem> problems) {
        try {
            Node n = new YamlReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cell, null);
            if (n == null) problems.add(new Problem(new quanze.model.Location(cell, 0, 0), "an empty data cell"));
            return n;
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                problems.add(inCell(p, cell, "the '" + column + "' cell is not the JSON the export writes: "));
            }
            return null;
        }
    }

    /** A problem inside a data cell, placed at the cell, with its line and column in the cell's text. */
    private static Problem inCell(Problem p, String cell, String what) {
        String inside = p.at().line() == 0 ? "" : " (at " + p.at().line() + ":" + p.at().column() + " in the cell)";
        return new Problem(new quanze.model.Location(cell, 0, 0), what + p.message().replaceFirst("^invalid YAML: ", "")
                + inside);
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
