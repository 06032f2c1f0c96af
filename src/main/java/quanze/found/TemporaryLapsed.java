package quanze.found;

import java.time.LocalDate;

import quanze.model.Basis;
import quanze.model.Item;
import quanze.model.TemporaryCreation;

/**
 * QZ126: a power created only for a time, whose time had run on the day of the check: a licence whose only source
 * that may create it is a provincial government rule, in effect for more than a year. It rests on the date the list
 * gives that rule, so it quotes it.
 */
public record TemporaryLapsed(Item item, Basis basis, TemporaryCreation temporary, LocalDate day) implements AboutItem {

    @Override
    public String message() {
        LocalDate since = TemporaryCreation.since(basis);
        // the date it was counted from, as the list gives it
        String how = Basis.lastDayOf(basis.effective()) != null ? "in effect since " + basis.effective()
                : "adopted " + basis.adopted();
        return "its only source that may create it is " + basis.cite() + " (" + basis.rank().key() + "), " + how
                + ", which creates it only for " + temporary.months() + " months (" + temporary.article()
                + "); on " + day + " that time ran out " + since.plusMonths(temporary.months())
                + ", and none of its bases creates it for good";
    }
}
