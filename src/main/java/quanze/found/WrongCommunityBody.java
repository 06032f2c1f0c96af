package quanze.found;

import java.util.Map;
import java.util.Set;

import quanze.model.Body;
import quanze.model.CommunityBody;
import quanze.model.Item;
import quanze.model.Principle;
import quanze.model.Role;
import quanze.model.Service;

/** QZ114: a community service executed by another community body than the principle gives it. */
public record WrongCommunityBody(Item item, Principle principle) implements AboutItem {

    @Override
    public String message() {
        Body b = item.declared().holder(Role.EXECUTION);
        StringBuilder owners = new StringBuilder();
        for (Map.Entry<CommunityBody, Set<Service>> e : principle.communityServices().entrySet()) {
            if (e.getValue().contains(item.service())) owners.append(owners.length() > 0 ? ", " : "").append(e.getKey().key());
        }
        return String.format("service '%s' is executed by %s (%s), but belongs to %s", item.service().key(), b.id(),
                b.kind() == null ? "not a community body" : b.kind().key(),
                owners.length() == 0 ? "no community body" : owners.toString());
    }
}
