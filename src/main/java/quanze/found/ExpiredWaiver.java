package quanze.found;

import java.time.LocalDate;

import quanze.model.Waiver;

/** QZ120: a waiver past its expiry on the day of the check; the finding it named counts again. */
public record ExpiredWaiver(Waiver waiver, LocalDate day) implements AboutWaiver {

    @Override
    public String message() {
        return "the waiver of " + waiver.code() + " for '" + waiver.item() + "' (approved by " + waiver.approvedBy()
                + ") expired on " + waiver.expires() + " and no longer applies (as of " + day + ")";
    }
}
