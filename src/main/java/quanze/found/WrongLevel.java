package quanze.found;

import quanze.model.Decision;
import quanze.model.Item;
import quanze.model.Verdict;

/** QZ101: declared at another level than the one the rules give the power. */
public record WrongLevel(Decision decision) implements AboutItem {

    @Override
    public Item item() {
        return decision.item();
    }

    @Override
    public String message() {
        Item i = item();
        return String.format("declared at %s, but should be %s '%s'%s: %s (rule \"%s\")", i.declared().quoted(),
                decision.verdict() == Verdict.DELEGATE ? "delegated to" : "retained at", decision.level(),
                i.declared().levelIds().size() > 1 ? " alone" : "", decision.why(), decision.rule());
    }
}
