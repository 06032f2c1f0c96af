package quanze.report;

import java.util.List;

import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Firing;
import quanze.model.Item;
import quanze.model.StatutoryLevel;
import quanze.model.Wording;
import quanze.model.Keyed;
import quanze.model.Role;

/**
 * What {@code quanze explain ITEM} prints: the item's facts, the rules that fired for it in order with the
 * principle or article each applies, the derived and declared holder of each role, and its findings.
 */
public final class ExplainReport {

    public String render(CheckResult r, List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item item : items) {
            if (sb.length() > 0) sb.append('\n');
            explain(r, item, sb);
        }
        return sb.toString();
    }

    private void explain(CheckResult r, Item i, StringBuilder sb) {
        sb.append(i.id()).append("  ").append(i.name().both()).append('\n');
        sb.append("  at        ").append(i.location()).append('\n');
        sb.append("  category  ").append(i.categoryId())
                .append(i.kind() == null ? "" : " (" + i.kind().key() + ")").append('\n');
        sb.append("  type      ").append(i.type() == null ? "-" : i.type().key()).append('\n');
        if (i.service() != null) sb.append("  service   ").append(i.service().key()).append('\n');
        sb.append("  traits    ").append(i.traits().isEmpty() ? "(none)"
                : String.join(", ", i.traits().stream().map(Keyed::key).toList())).append('\n');
        sb.append("  scope     ").append(i.scope().key()).append('\n');
        sb.append("  floor     ").append(i.floor() == null ? "(none stated)" : i.floor().id()).append('\n');
        sb.append("  the law   ").append(lawSays(i)).append('\n');
        if (i.statutory() != null) {
            for (StatutoryLevel.Cited c : i.statutory().cited()) {
                sb.append("            ").append(Wording.readings(List.of(c))).append(" [").append(c.pattern())
                        .append(c.direct() ? ", direct" : "").append("]\n");
            }
        }
        if (i.basis().isEmpty()) sb.append("  basis     (none)\n");
        for (Basis b : i.basis()) {
            sb.append("  basis     ").append(b.cite()).append(" (").append(b.rank().key()).append(')')
                    .append(b.confirmed() ? "" : " [article not confirmed" + (b.note() == null ? "" : ": " + b.note())
                            + "]").append('\n');
        }
        sb.append("  declared  level ").append(String.join(", ", i.declared().levelIds())).append(", source ")
                .append(i.declared().source().key()).append('\n');
        if (i.declared().authority() != null) {
            sb.append("  authority ").append(i.declared().authority().strip().replace("\n", " ")).append('\n');
        }
        if (i.imported() != null) {
            sb.append("  imported  ").append(i.imported().file()).append(i.imported().sheet() == null ? ""
                    : " sheet " + i.imported().sheet()).append(" row ").append(i.imported().row()).append('\n');
        }
        if (i.note() != null) sb.append("  note      ").append(i.note().strip()).append('\n');

        sb.append("\nRules that fired, in order:\n");
        int n = 0;
        for (Firing f : r.firings()) {
            if (!i.id().equals(f.itemId())) continue;
            sb.append(String.format("  %d. %s%s%n", ++n, f.rule(), f.code() == null ? "" : "  [" + f.code() + "]"));
            if (f.basis() != null) sb.append("     applies: ").append(f.basis()).append('\n');
        }
        if (n == 0) sb.append("  (none)\n");

        Decision d = r.decisions().stream().filter(x -> x.item() == i).findFirst().orElse(null);
        sb.append('\n');
        if (d == null) {
            sb.append("Decision: none derived\n");
        } else {
            sb.append("Decision: ").append(d.verdict().key()).append(" → ").append(d.level())
                    .append(", because ").append(d.why()).append('\n');
            sb.append("  by rule \"").append(d.rule()).append("\"\n");
            sb.append("  applying ").append(d.basis()).append('\n');
        }
        sb.append(String.format("%nRoles            %-10s %s%n", "derived", "declared"));
        for (Role role : Role.values()) {
            String derived = d == null ? "-" : d.roles().getOrDefault(role, "-");
            String named = i.declared().roleIds().get(role);
            Body b = i.declared().holder(role);
            String declared = named == null ? "(no body)" : b == null ? named + " (unknown body)"
                    : b.levelId() + " (" + b.id() + ")";
            boolean differs = d != null && b != null && !b.levelId().equals(derived);
            sb.append(String.format("  %-14s %-10s %s%s%n", role.key(), derived, declared, differs ? "  ✗" : ""));
        }
        sb.append("\nFindings:\n");
        int k = 0;
        for (Finding f : r.findings()) {
            if (!i.id().equals(f.itemId())) continue;
            k++;
            sb.append("  ").append(f.waived() ? "waived " : "").append(f.severity().key()).append(' ')
                    .append(f.code()).append(": ").append(f.message()).append('\n');
            if (f.basis() != null) sb.append("    basis: ").append(f.basis()).append('\n');
            if (f.waived()) {
                var w = f.waiver();
                sb.append("    waived: ").append(w.reason().strip().replace("\n", " ")).append(" (approved by ")
                        .append(w.approvedBy()).append(w.approvedOn() == null ? "" : " on " + w.approvedOn())
                        .append(w.expires() == null ? "" : ", until " + w.expires()).append(")\n");
            }
        }
        if (k == 0) sb.append("  none\n");
    }

    /** What the words of the item's bases give its act, or why nothing. */
    static String lawSays(Item i) {
        StatutoryLevel s = i.statutory();
        boolean words = i.basis().stream().anyMatch(b -> b.text() != null && !b.text().isBlank());
        if (s == null) {
            return words ? "nothing derived: no organ with a level performs its act in the words of its bases"
                    : "nothing derived: no basis quotes the article's words (text)";
        }
        if (s.disagree()) return "nothing derived: its bases name different levels (QZ118)";
        if (!s.derived()) {
            return "nothing derived: a basis gives its act to an organ with no level, or names several levels for it";
        }
        return s.describe() + " [" + s.pattern() + (s.certain() ? ", certain" : ", not certain: findings are warnings")
                + "]";
    }
}
