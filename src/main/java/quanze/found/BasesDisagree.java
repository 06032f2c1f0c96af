package quanze.found;

import quanze.model.Item;
import quanze.model.Wording;

/** QZ118: the cited provisions give the act to different levels. */
public record BasesDisagree(Item item) implements AboutItem {

    @Override
    public String message() {
        return "its bases name different levels for its act: " + Wording.readings(item.statutory().cited());
    }
}
