package quanze.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import quanze.model.Basis;
import quanze.model.Catalog;
import quanze.model.Item;
import quanze.model.OutdatedBasis;
import quanze.script.Script;

/**
 * The register of statutes ({@code catalog/statutes/statutes.yaml}, shipped in the jar): each statute's versions,
 * and whether it was repealed or replaced. {@link #outdated} names the bases that cite, on a given day, a version
 * that is no longer in force, or a statute repealed by then. A basis is matched by its title in either script, with
 * or without 中华人民共和国; its version is the latest date the list gives for it ({@code amended}, else
 * {@code adopted}); a basis with no such date is not judged.
 */
public final class StatuteRegister {

    private static final String RESOURCE = "/quanze/statutes/statutes.yaml";

    public record Version(LocalDate date, String event, LocalDate effective) {
        LocalDate inForce() {
            return effective != null ? effective : date;
        }
    }

    public record Statute(String id, String title, String traditional, String rank, String enactedBy,
                          List<Version> versions, LocalDate repealed, String replacedBy, String source,
                          boolean confirmed, String note) {
    }

    record File(List<Statute> statutes) {
    }

    private final List<Statute> statutes;
    private final Map<String, Statute> byTitle = new HashMap<>();

    StatuteRegister(List<Statute> statutes) {
        this.statutes = List.copyOf(statutes);
        for (Statute s : statutes) {
            byTitle.putIfAbsent(key(s.title()), s);
            if (s.traditional() != null) byTitle.putIfAbsent(key(s.traditional()), s);
        }
    }

    private static final class Bundled {
        static final StatuteRegister REGISTER = load();
    }

    public static StatuteRegister bundled() {
        return Bundled.REGISTER;
    }

    static StatuteRegister load() {
        try (InputStream in = StatuteRegister.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a register; unknown fields and malformed dates are errors (the register is data quanze ships). */
    static StatuteRegister read(InputStream in) throws IOException {
        ObjectMapper m = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addDeserializer(LocalDate.class,
                new com.fasterxml.jackson.databind.JsonDeserializer<LocalDate>() {
                    @Override
                    public LocalDate deserialize(com.fasterxml.jackson.core.JsonParser p,
                                                 com.fasterxml.jackson.databind.DeserializationContext c) throws IOException {
                        return LocalDate.parse(p.getValueAsString());
                    }
                }));
        return new StatuteRegister(m.readValue(in, File.class).statutes());
    }

    public List<Statute> statutes() {
        return statutes;
    }

    private static String key(String title) {
        String t = Script.fold(title).replace("《", "").replace("》", "");
        return t.startsWith("中华人民共和国") ? t.substring(7) : t;
    }

    /** The statute a basis cites, or null when the register lacks it. */
    public Statute of(Basis b) {
        return b.law() == null ? null : byTitle.get(key(b.law()));
    }

    /** The bases of the catalog's items that cite, on {@code day}, a superseded version or a repealed statute. */
    public List<OutdatedBasis> outdated(Catalog catalog, LocalDate day) {
        List<OutdatedBasis> out = new ArrayList<>();
        for (Item i : catalog.items()) {
            for (Basis b : i.basis()) {
                OutdatedBasis o = outdated(i, b, day);
                if (o != null) out.add(o);
            }
        }
        return out;
    }

    OutdatedBasis outdated(Item item, Basis b, LocalDate day) {
        Statute s = of(b);
        if (s == null) return null;
        String unconfirmed = s.confirmed() ? "" : "; the register's dates for it are not confirmed";
        if (s.repealed() != null && !s.repealed().isAfter(day)) {
            return new OutdatedBasis(item, b.cite(), String.format("%s was repealed on %s%s (register: %s%s)", b.cite(),
                    s.repealed(), s.replacedBy() == null ? "" : ", replaced by 《" + s.replacedBy() + "》", s.source(),
                    unconfirmed));
        }
        LocalDate cited = date(b.amended() != null ? b.amended() : b.adopted());
        if (cited == null || s.versions().isEmpty()) return null;
        // the list's version text names a later year than the dates read from it (2021年4月29，…修改 has no 日):
        // what it cites is not known, so it is not judged
        if (b.version() != null) {
            java.util.regex.Matcher y = java.util.regex.Pattern.compile("(19|20)\\d{2}(?=年)").matcher(b.version());
            LocalDate effective = date(b.effective());
            int known = Math.max(cited.getYear(), effective == null ? 0 : effective.getYear());
            while (y.find()) if (Integer.parseInt(y.group()) > known) return null;
        }
        Version inForce = null;
        for (Version v : s.versions()) if (!v.inForce().isAfter(day)) inForce = v;
        if (inForce == null || !inForce.date().isAfter(cited)) return null;
        return new OutdatedBasis(item, b.cite(), String.format(
                "%s is cited in its version of %s; on %s the version in force is the one %s on %s%s (register: %s%s)",
                b.cite(), cited, day, inForce.event(), inForce.date(),
                inForce.effective() == null ? "" : ", in force since " + inForce.effective(), s.source(), unconfirmed));
    }

    /** 2015-11-04, or 2011-02 (a month: its last day, so a version of that month counts as cited). */
    private static LocalDate date(String iso) {
        return Basis.lastDayOf(iso);
    }
}
