package quanze.generate;

import quanze.model.Role;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

import quanze.io.AtomicFile;

/**
 * Writes a synthetic catalog of the Huangshi shape scaled up: many districts with their departments and
 * communities, the ten power types in the proportions of published power lists, traits, scopes, statutory
 * floors, and a few deliberate faults. Deterministic for a seed. Citations name real statutes but draw
 * article numbers at random, which the catalog says in its note.
 */
public final class CatalogGenerator {

    /** How many items, from which seed; items per file keeps each file a reasonable size. */
    public record Options(int items, long seed, int itemsPerFile) {
        public Options(int items, long seed) {
            this(items, seed, 50_000);
        }
    }

    static final String[] SECTORS = {"planning", "construction", "development-reform", "water", "forestry",
            "agriculture", "civil-affairs", "finance", "land", "environment", "urban-management", "housing",
            "safety", "market-regulation"};
    static final String[][] LAWS = {
            {"城鄉規劃法", "law"}, {"建築法", "law"}, {"水法", "law"}, {"森林法", "law"}, {"土地管理法", "law"},
            {"環境保護法", "law"}, {"安全生產法", "law"}, {"行政處罰法", "law"}, {"食品安全法", "law"},
            {"城市道路管理條例", "administrative-regulation"}, {"建設工程質量管理條例", "administrative-regulation"},
            {"社會團體登記管理條例", "administrative-regulation"}, {"城市市容和環境衛生管理條例", "administrative-regulation"},
            {"湖北省城鄉規劃條例", "local-regulation"}, {"湖北省實施〈中華人民共和國土地管理法〉辦法", "local-regulation"},
            {"國務院對確需保留的行政審批項目設定行政許可的決定", "state-council-decision"}};
    /** The ten types and their weight in a published power list (penalties dominate). */
    static final String[] TYPES = {"penalty", "licensing", "coercion", "levy", "benefit", "inspection",
            "confirmation", "reward", "adjudication", "other"};
    static final int[] TYPE_WEIGHTS = {600, 80, 50, 20, 20, 100, 40, 20, 5, 65};
    static final String[] SERVICES = {"publicity-education", "culture", "minimum-allowance", "employment",
            "family-planning", "policing", "stability", "petitions", "mediation", "comprehensive-governance"};
    static final String[] SERVICE_BODY = {"centre", "centre", "centre", "centre", "centre", "centre", "masswork",
            "masswork", "residents", "masswork"};
    /** The roles the city keeps, in the seed's order (the order of {@link Role}); the district keeps the rest. */
    static final String[] CITY_ROLES = java.util.Arrays.stream(Role.values())
            .filter(r -> r.ordinal() < Role.MANAGEMENT.ordinal()).map(Role::key).toArray(String[]::new);
    static final String RESP = "[受理責任, 審查責任, 決定責任, 送達責任, 事後監管責任]";
    static final String ACC = "[對不符合法定條件的申請准予許可的, 濫用職權、玩忽職守的]";

    private final Options options;
    private final int districts;

    public CatalogGenerator(Options options) {
        this.options = options;
        this.districts = Math.max(4, Math.min(500, options.items() / 2000));
    }

    /** Writes the catalog into {@code dir} (created if needed); {@code progress} hears the items written. */
    public void write(Path dir, LongConsumer progress) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve("10-catalog.yaml"), this::header);
        SplittableRandom random = new SplittableRandom(options.seed());
        int files = (options.items() + options.itemsPerFile() - 1) / options.itemsPerFile();
        int next = 0;
        for (int f = 1; f <= Math.max(1, files); f++) {
            int from = next;
            int to = Math.min(options.items(), from + options.itemsPerFile());
            SplittableRandom fileRandom = random.split();
            AtomicFile.write(dir.resolve(String.format("20-items-%04d.yaml", f)),
                    w -> items(w, from, to, fileRandom, progress));
            next = to;
        }
    }

    private void header(Writer w) throws IOException {
        w.write("# Synthetic catalog written by `quanze generate --items " + options.items() + " --seed "
                + options.seed() + "`.\ncatalog:\n  id: generated-" + options.items() + "-" + options.seed() + "\n"
                + "  name: {zh: 合成權責清單, en: Synthetic power list}\n  reconstructed: true\n"
                + "  note: \"Synthetic: statute names are real, article numbers are drawn at random and are not"
                + " citations.\"\n");
        w.write("levels:\n  - {id: city}\n  - {id: district}\n  - {id: street, abolished: true}\n"
                + "  - {id: community}\nbodies:\n");
        w.write("  - {id: street-office, level: street, name: 街道辦事處}\n");
        for (String s : SECTORS) w.write("  - {id: city-" + s + ", level: city, name: 市" + s + "}\n");
        for (int d = 1; d <= districts; d++) {
            for (String s : SECTORS) {
                w.write("  - {id: " + district(d) + "-" + s + ", level: district, name: 區" + d + s + "}\n");
            }
            w.write("  - {id: " + district(d) + "-centre, level: community, kind: public-service-centre,"
                    + " name: 社區公共服務中心" + d + "}\n");
            w.write("  - {id: " + district(d) + "-masswork, level: community, kind: mass-work-centre,"
                    + " name: 社區群眾工作中心" + d + "}\n");
            // the people's mediation committee sits in the residents' committee (人民调解法 Art. 8)
            w.write("  - {id: " + district(d) + "-residents, level: community, kind: residents-committee,"
                    + " name: 社區居民委員會" + d + "}\n");
        }
    }

    private static String district(int d) {
        return String.format("d%03d", d);
    }

    private void items(Writer w, int from, int to, SplittableRandom r, LongConsumer progress) throws IOException {
        List<String> approvals = new ArrayList<>();
        List<String> management = new ArrayList<>();
        List<String> services = new ArrayList<>();
        for (int n = from; n < to; n++) {
            String type = pick(r);
            boolean service = r.nextInt(100) < 3;
            String item = service ? service(n, r) : power(n, type, r);
            (service ? services : "licensing".equals(type) || "confirmation".equals(type) || "other".equals(type)
                    ? approvals : management).add(item);
            if ((n + 1) % 10_000 == 0) progress.accept(n + 1);
        }
        w.write("categories:\n");
        category(w, "approvals-" + from, "approval", approvals);
        category(w, "management-" + from, "management", management);
        category(w, "services-" + from, "community-service", services);
        progress.accept(to);
    }

    private static void category(Writer w, String id, String kind, List<String> items) throws IOException {
        if (items.isEmpty()) return;
        w.write("  - id: " + id + "\n    kind: " + kind + "\n    name: " + id + "\n    items:\n");
        for (String i : items) w.write(i);
    }

    private static String pick(SplittableRandom r) {
        int total = 0;
        for (int x : TYPE_WEIGHTS) total += x;
        int v = r.nextInt(total);
        for (int i = 0; i < TYPES.length; i++) {
            v -= TYPE_WEIGHTS[i];
            if (v < 0) return TYPES[i];
        }
        return "other";
    }

    /** An approval or management power: intended verdict first, then facts that produce it, then faults. */
    private String power(int n, String type, SplittableRandom r) {
        String sector = SECTORS[r.nextInt(SECTORS.length)];
        String d = district(1 + r.nextInt(districts));
        boolean delegate = r.nextInt(100) < 70;
        String traits;
        String scope = "within-district";
        String floor = null;
        if (delegate) {
            traits = new String[] {"[micro]", "[grassroots]", "[foundational, micro]", "[grassroots, micro]"}[r.nextInt(4)];
            if (r.nextInt(5) == 0) floor = "district";
        } else {
            int why = r.nextInt(3);
            traits = why == 0 ? "[]" : "[micro]";
            if (why == 1) scope = r.nextBoolean() ? "cross-district" : "citywide";
            if (why == 2) floor = "city";
        }
        String[] law = LAWS[r.nextInt(LAWS.length)];
        String basis = "[{law: " + law[0] + ", article: \"" + (1 + r.nextInt(90)) + "\", rank: " + law[1] + "}]";
        String level = delegate ? "district" : "city";
        String city = "city-" + sector;
        String local = delegate ? d + "-" + sector : city;
        String accountability = ACC;
        String executor = local;
        String name = "行政" + type + "事項" + n;
        int fault = r.nextInt(100);
        if (fault == 0) level = delegate ? "city" : "district";                        // QZ101
        else if (fault == 1 && delegate) executor = city;                                // QZ102, QZ103
        else if (fault == 2) basis = "[]";                                              // QZ105
        else if (fault == 3 && "licensing".equals(type)) {
            basis = "[{law: 某部門規章, article: \"3\", rank: departmental-rule}]";         // QZ106
        } else if (fault == 4) accountability = "[]";                                   // QZ107
        else if (fault == 5) executor = "street-office";                                // QZ108
        else if (fault == 6 && n > 0) name = "行政" + type + "事項" + (n - 1);           // QZ112 when types differ
        StringBuilder sb = new StringBuilder(640);
        sb.append("      - {id: g").append(n).append(", name: {zh: ").append(name).append(", en: Item ").append(n)
                .append("}, type: ").append(type).append(", traits: ").append(traits).append(", scope: ").append(scope);
        if (floor != null) sb.append(", floor: ").append(floor);
        sb.append(",\n         basis: ").append(basis).append(", responsibilities: ").append(RESP)
                .append(", accountability: ").append(accountability).append(",\n         declared: {level: ")
                .append(level).append(", source: ").append(delegate ? "delegated" : "by-law").append(", roles: {");
        for (String role : CITY_ROLES) sb.append(role).append(": ").append(city).append(", ");
        sb.append(Role.MANAGEMENT.key()).append(": ").append(local).append(", ").append(Role.EXECUTION.key()).append(": ")
                .append(executor).append(", ").append(Role.IMPLEMENTATION.key()).append(": ").append(local).append("}}}\n");
        return sb.toString();
    }

    private String service(int n, SplittableRandom r) {
        int s = r.nextInt(SERVICES.length);
        String d = district(1 + r.nextInt(districts));
        String body = d + "-" + (r.nextInt(50) == 0 ? "centre" : SERVICE_BODY[s]);     // a few at the wrong body: QZ114
        return "      - {id: g" + n + ", name: {zh: 社區服務" + n + ", en: Service " + n + "}, type: other, service: "
                + SERVICES[s] + ",\n         basis: [{law: 城市居民委員會組織法, article: \"3\", rank: law}],"
                + " responsibilities: [受理責任, 服務責任], accountability: [不履行服務職責的],\n"
                + "         declared: {level: community, source: delegated, roles: {policy: city-civil-affairs,"
                + " standard: city-civil-affairs, inspection: " + d + "-civil-affairs, supervision: " + d
                + "-civil-affairs, management: " + d + "-civil-affairs, execution: " + body + ", implementation: "
                + body + "}}}\n";
    }
}
