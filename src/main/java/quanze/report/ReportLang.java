package quanze.report;

import java.util.ArrayList;
import java.util.List;

import quanze.model.Catalog;
import quanze.model.Item;
import quanze.script.Lang;

/**
 * The language a report answers in by default: the script most of the catalog's names are written in — simplified
 * or traditional Chinese — or English for a catalog that names most of its items in English as well (as the
 * bundled Huangshi catalog does: its reports keep the English they have always had).
 */
public final class ReportLang {

    /** Items looked at: enough to tell, few enough to cost nothing on a catalog of a million. */
    static final int SAMPLE = 2_000;

    private ReportLang() {
    }

    public static Lang of(Catalog c) {
        List<String> names = new ArrayList<>();
        int english = 0;
        int seen = 0;
        for (Item i : c.items()) {
            if (seen++ == SAMPLE) break;
            if (i.name() == null) continue;
            if (i.name().en() != null && !i.name().en().isEmpty()) english++;
            names.add(i.name().zh());
        }
        if (c.info() != null && c.info().name() != null) names.add(c.info().name().zh());
        if (seen > 0 && english * 2 >= Math.min(seen, SAMPLE)) return Lang.EN;
        return Lang.of(names);
    }
}
