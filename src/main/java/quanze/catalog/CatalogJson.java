package quanze.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import quanze.model.Basis;
import quanze.model.Transfer;
import quanze.model.Imported;
import quanze.model.InputException;
import quanze.model.Principle;
import quanze.model.Problem;
import quanze.schema.CatalogShapes;
import quanze.schema.Shape;

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

    public static String entrustment(Transfer e) {
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
        return readWith(json, cell, "extra (data)", CatalogShapes.ITEM_FIELDS.field("extra").shape(), problems,
                (reader, n) -> reader.extra(n));
    }

    /** The place an item was imported from, as a data cell holds it, or null with its problems. */
    public static Imported readImported(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "imported (data)", CatalogShapes.IMPORTED, problems, (reader, n) -> reader.imported(n));
    }

    /** The principle a data cell holds, laid over the bundled one, or null with its problems. */
    public static Principle readPrinciple(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "principle (data)", CatalogShapes.PRINCIPLE_FIELDS, problems,
                (reader, n) -> PrincipleReader.overrideChecked(PrincipleReader.bundled(), n, reader.problems()));
    }

    /** What a data cell holds, held to {@code shape} and then read by {@code read}; null with its problems. */
    private static <T> T readWith(String json, String cell, String column, Shape shape, List<Problem> problems,
                                  java.util.function.BiFunction<ItemReader, Node, T> read) {
        Node n = parse(json, cell, column, problems);
        if (n == null) return null;
        List<Problem> found = new ArrayList<>(Conform.check(n, shape, column));
        T out = read.apply(new ItemReader(found, new Interner()), n);
        found.forEach(p -> problems.add(inCell(p, cell, "")));
        return found.isEmpty() ? out : null;
    }

    /** The bases a data cell holds, or null with its problems ({@code cell}: the cell's address). */
    public static List<Basis> readBasis(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "basis (data)", CatalogShapes.ITEM_FIELDS.field("basis").shape(), problems,
                (reader, n) -> Fields.listOf(n).stream().map(reader::basis).filter(b -> b != null).toList());
    }

    /** The entrustment a data cell holds, or null with its problems. */
    public static Transfer readEntrustment(String json, String cell, List<Problem> problems) {
        return readWith(json, cell, "entrustment (data)", CatalogShapes.TRANSFER, problems, ItemReader::transfer);
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
