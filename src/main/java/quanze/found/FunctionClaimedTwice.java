package quanze.found;

import java.util.List;

import quanze.model.OrgUnit;
import quanze.model.Take;

/** QZ131: a function of a unit that is gone that more than one unit of the next state takes over. */
public record FunctionClaimedTwice(Gone gone, String function, List<Take> takes) implements AboutUnit {

    /** Whether the takes are by more than one unit (one unit that lists the function twice claims it once). */
    public static boolean byMoreThanOne(List<?> takes) {
        return takes.stream().map(t -> ((Take) t).taker()).distinct().count() > 1;
    }

    @Override
    public OrgUnit unit() {
        return gone.leaver();
    }

    @Override
    public String message() {
        List<String> who = takes.stream().map(t -> t.taker() + " (" + t.location() + ")").distinct().sorted().toList();
        return gone.what() + " is gone " + gone.between() + ", and its function '" + function + "' is taken over by "
                + who.size() + " units: " + String.join(", ", who);
    }
}
