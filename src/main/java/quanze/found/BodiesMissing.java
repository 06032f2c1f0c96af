package quanze.found;

import java.util.stream.Collectors;

import quanze.model.OrgState;
import quanze.model.OrgUnit;

/** QZ133: a community of the organisation as it stands without all five bodies of community governance. */
public record BodiesMissing(OrgUnit unit, OrgState state) implements AboutUnit {

    @Override
    public String message() {
        return "community '" + unit.id() + "' (" + unit.shown() + ") in " + state.label() + " lacks "
                + unit.lacks().stream().map(b -> b.zh() + " (" + b.key() + ")").collect(Collectors.joining(", "))
                + " of the five community bodies (list them under bodies)";
    }
}
