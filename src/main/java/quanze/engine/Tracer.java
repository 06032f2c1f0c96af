package quanze.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import quanze.model.Decision;
import quanze.model.Firing;
import quanze.model.Item;
import quanze.model.SameId;
import quanze.model.SameName;
import quanze.model.UnknownReference;

/**
 * Records, in order, the rules that fire for chosen items (for explain and the HTML report); and the groups of items
 * that share an id or a name, through which a firing on a group is traced to each of its items.
 */
final class Tracer extends DefaultAgendaEventListener {
    private final Set<String> traced;
    private final boolean all;
    private final List<Firing> firings;

    Tracer(Set<String> traced, boolean all, List<Firing> firings) {
        this.traced = traced;
        this.all = all;
        this.firings = firings;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        RuleMeta meta = RuleMeta.of(event.getMatch().getRule());
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (Object o : event.getMatch().getObjects()) {
            if (o instanceof Item i) ids.add(i.id());
            if (o instanceof Decision d) ids.add(d.itemId());
            if (o instanceof UnknownReference r) ids.add(r.ownerId());
            if (o instanceof SameId g) g.items().forEach(i -> ids.add(i.id()));
            if (o instanceof SameName g) g.items().forEach(i -> ids.add(i.id()));
        }
        for (String id : ids) {
            if (all || traced.contains(id)) firings.add(new Firing(id, meta.name(), meta.code(), meta.basis()));
        }
        if (all && ids.isEmpty()) firings.add(new Firing(null, meta.name(), meta.code(), meta.basis()));
    }

    /**
     * Items that share an id, or a Chinese name, grouped in catalog order. Rules compare within a group instead
     * of joining every item with every other, which keeps the duplicate check linear.
     */
    static List<Object> groups(List<Item> items) {
        Map<String, List<Item>> byId = new LinkedHashMap<>();
        Map<String, List<Item>> byName = new LinkedHashMap<>();
        for (Item i : items) {
            byId.computeIfAbsent(i.id(), k -> new ArrayList<>(1)).add(i);
            if (i.name() != null && i.name().zh() != null) {
                // one name in either script, with or without spaces and line breaks
                byName.computeIfAbsent(quanze.script.Script.fold(i.name().zh()), k -> new ArrayList<>(1)).add(i);
            }
        }
        List<Object> out = new ArrayList<>();
        byId.forEach((id, list) -> {
            if (list.size() > 1) out.add(new SameId(id, List.copyOf(list)));
        });
        byName.forEach((key, list) -> {
            if (list.size() > 1) out.add(new SameName(list.get(0).name().zh(), List.copyOf(list)));
        });
        return out;
    }
}
