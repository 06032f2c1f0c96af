package quanze.found;

import quanze.model.OrgUnit;

/** QZ134: a community whose public service centre does not share an office with its Party committee. */
public record OfficeNotShared(OrgUnit unit) implements AboutUnit {

    @Override
    public String message() {
        return "in community '" + unit.id() + "' (" + unit.shown() + ") the public service centre does not share"
                + " an office with the Party committee (sharedOffice does not list both)";
    }
}
