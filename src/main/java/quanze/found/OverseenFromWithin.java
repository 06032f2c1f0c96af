package quanze.found;

import quanze.model.Body;
import quanze.model.Item;
import quanze.model.Role;

/** QZ103: the execution of a delegated power overseen from within its own line. */
public record OverseenFromWithin(Item item) implements AboutItem {

    @Override
    public String message() {
        Body exec = item.declared().holder(Role.EXECUTION);
        StringBuilder who = new StringBuilder();
        for (Role r : new Role[] {Role.SUPERVISION, Role.INSPECTION}) {
            if (item.declared().withinLine(r, Role.EXECUTION)) {
                Body b = item.declared().holder(r);
                if (who.length() > 0) who.append("; ");
                who.append(String.format("%s by %s, which is %s", r.key(), b.id(),
                        b.id().equals(exec.id()) ? "the executing body itself"
                        : b.id().equals(exec.parent()) ? "the parent of the executing body, which does not hold it as a branch"
                        : "a branch or office of the executing body"));
            }
        }
        return String.format("execution by %s is overseen from within its own line: %s", exec.id(), who);
    }
}
