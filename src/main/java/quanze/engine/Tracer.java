package quanze.engine;

import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import quanze.model.Decision;
import quanze.model.Firing;
import quanze.model.Item;
import quanze.model.UnknownReference;

/**
 * Records, in order, the rules that fire for chosen items (for explain and the HTML report).
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
            // what rules derive about an item: a reason against delegating it, a fault of its route, a lawful route,
            // a misplaced role, an earlier item it repeats (traced to both), a basis outdated on the day
            if (o instanceof quanze.model.Blocked b) ids.add(b.item().id());
            if (o instanceof quanze.model.RouteFault f) ids.add(f.item().id());
            if (o instanceof quanze.model.LawfulRoute r) ids.add(r.item().id());
            if (o instanceof quanze.model.OutdatedBasis b) ids.add(b.item().id());
            if (o instanceof quanze.found.MisplacedRole m) ids.add(m.item().id());
            if (o instanceof quanze.found.Twin t) {
                ids.add(t.first().id());
                ids.add(t.item().id());
            }
        }
        for (String id : ids) {
            if (all || traced.contains(id)) firings.add(new Firing(id, meta.name(), meta.code(), meta.basis()));
        }
        if (all && ids.isEmpty()) firings.add(new Firing(null, meta.name(), meta.code(), meta.basis()));
    }
}
