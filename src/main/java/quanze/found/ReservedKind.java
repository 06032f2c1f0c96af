package quanze.found;

import quanze.model.CreationRight;
import quanze.model.Item;

/**
 * QZ125: a power whose name reads as a kind the law reserves to higher sources than its bases. It rests on the
 * words of a name, so it quotes them.
 */
public record ReservedKind(Item item, CreationRight right) implements AboutItem {

    @Override
    public String message() {
        return String.format("its name reads '%s', so it is %s, which only a %s may create (%s%s); its bases are %s",
                right.wordIn(item), right.kind(), right.ranksInWords(), right.article(),
                right.confirmed() ? "" : "; article not confirmed", CreationRight.cited(item));
    }
}
