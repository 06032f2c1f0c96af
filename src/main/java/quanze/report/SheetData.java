package quanze.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import quanze.model.Basis;
import quanze.model.Entrustment;

/**
 * The exact data of a basis list or an entrustment in one spreadsheet cell (JSON), beside the readable
 * column, so that export → import gives back the same catalog.
 */
public final class SheetData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SheetData() {
    }

    static String basis(List<Basis> basis) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Basis b : basis) out.add(basisMap(b));
        return write(out);
    }

    static String entrustment(Entrustment e) {
        if (e == null) return "";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("by", e.by());
        List<Map<String, Object>> basis = new ArrayList<>();
        for (Basis b : e.basis()) basis.add(basisMap(b));
        m.put("basis", basis);
        return write(m);
    }

    private static Map<String, Object> basisMap(Basis b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("law", b.law());
        m.put("article", b.article());
        m.put("rank", b.rank().key());
        if (!b.confirmed()) m.put("confirmed", false);
        if (b.note() != null) m.put("note", b.note());
        return m;
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
