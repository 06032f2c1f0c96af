package quanze.found;

import quanze.model.Item;

/** QZ107: a power that lists no responsibility items, or no accountability cases. */
public record NoResponsibilities(Item item) implements AboutItem {

    @Override
    public String message() {
        boolean none = item.responsibilities().isEmpty();
        boolean noCases = item.accountability().isEmpty();
        return "no " + (none && noCases ? "responsibility items (責任事項) and no accountability cases (追責情形)"
                : none ? "responsibility items (責任事項)" : "accountability cases (追責情形)") + " listed";
    }
}
