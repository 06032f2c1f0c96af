package quanze.model;

/**
 * One legal basis of a power: a statute, its article and its rank. {@code confirmed} is false where the
 * article could not be checked against the published text; {@code note} says why or what is uncertain.
 */
public record Basis(String law, String article, Rank rank, boolean confirmed, String note) {

    public String cite() {
        return "《" + law + "》" + (article == null || article.isEmpty() ? "" : " Art. " + article);
    }
}
