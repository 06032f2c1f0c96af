package quanze.found;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import quanze.model.Item;

/** QZ102: the roles of one item held at another level than the principle gives them, in role order. */
public record RolesMisplaced(Item item, List<MisplacedRole> roles) implements AboutItem {

    public RolesMisplaced {
        roles = roles.stream().sorted(Comparator.comparing(MisplacedRole::role)).toList();
    }

    @Override
    public String message() {
        return roles.stream().map(MisplacedRole::words).collect(Collectors.joining("; "));
    }
}
