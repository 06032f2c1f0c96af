package quanze.found;

import quanze.model.OrgUnit;

/** QZ134: a community whose public service centre does not share an office with its Party committee. */
public record OfficeNotShared(OrgUnit unit) implements AboutUnit {

    @Override
    public String message() {
        return "in community '" + unit.id() + "' (" + unit.shown() + ") the public service centre (社區公共服務中心)"
                + " does not share an office with the Party committee (合署辦公; list both under sharedOffice)";
    }
}
