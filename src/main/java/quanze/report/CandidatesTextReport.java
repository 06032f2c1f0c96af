package quanze.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import quanze.law.Candidates;
import quanze.law.Candidates.Candidate;

/** The delegation candidates as text: four groups, each by category and power type, one line per item. */
public final class CandidatesTextReport {

    public String render(String catalog, Candidates c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Delegation candidates in ").append(catalog).append(", from '").append(c.from().id()).append("' to '")
                .append(c.to().id()).append("', as the words of their bases read\n");
        group(sb, "The law allows '" + c.to().id() + "' as it stands", c.allowed());
        group(sb, "Needs an entrustment or an authorisation (the law's level is above '" + c.to().id() + "')",
                c.needsTransfer());
        group(sb, "The law keeps it above '" + c.to().id() + "'", c.keptAbove());
        group(sb, "Nothing could be read", c.notRead());
        sb.append(String.format("%d items declared at '%s': %d allowed at '%s', %d need a transfer, %d kept above, %d not read%n",
                c.allowed().size() + c.needsTransfer().size() + c.keptAbove().size() + c.notRead().size(), c.from().id(),
                c.allowed().size(), c.to().id(), c.needsTransfer().size(), c.keptAbove().size(), c.notRead().size()));
        return sb.toString();
    }

    private static void group(StringBuilder sb, String title, List<Candidate> items) {
        sb.append('\n').append(title).append(": ").append(items.size()).append('\n');
        Map<String, Map<String, List<Candidate>>> byCategory = new LinkedHashMap<>();
        for (Candidate c : items) {
            byCategory.computeIfAbsent(c.item().categoryId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.item().type() == null ? "-" : c.item().type().key(), k -> new java.util.ArrayList<>())
                    .add(c);
        }
        byCategory.forEach((category, byType) -> {
            sb.append("  ").append(category).append('\n');
            byType.forEach((type, list) -> {
                sb.append("    ").append(type).append(" (").append(list.size()).append(")\n");
                for (Candidate c : list) {
                    sb.append("      ").append(c.item().id()).append("  ").append(c.item().name().zh() == null
                            ? c.item().name().en() : c.item().name().zh()).append('\n');
                    sb.append("        ").append(c.why()).append('\n');
                }
            });
        });
    }
}
