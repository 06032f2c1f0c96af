package quanze.found;

import java.util.ArrayList;
import java.util.List;

import quanze.model.Location;
import quanze.model.OrgState;
import quanze.model.Total;

/** QZ139: the units (or posts) the organisation adds up to differ from the totals the reform states. */
public record TotalsDiffer(Total total, long before, long after, long abolished, OrgState first, OrgState last)
        implements Found {

    @Override
    public String itemId() {
        return null;
    }

    @Override
    public Location location() {
        return total.location();
    }

    @Override
    public String message() {
        String what = (total.measure() == Total.Measure.POSTS ? "posts of units of kind " : "units of kind ")
                + total.kind().key() + (total.excluding().isEmpty() ? ""
                : " (excluding " + String.join(", ", total.excluding().stream().sorted().toList()) + ")");
        List<String> parts = new ArrayList<>();
        if (total.before() != null) parts.add(part(total.before(), before, "in " + first.label()));
        if (total.after() != null) parts.add(part(total.after(), after, "in " + last.label()));
        if (total.abolished() != null) parts.add(part(total.abolished(), abolished, "gone by " + last.id()));
        return what + ": " + String.join("; ", parts);
    }

    private static String part(long stated, long found, String where) {
        return stated == found ? where + " " + found + " as stated"
                : where + " stated " + stated + ", the units add up to " + found;
    }
}
