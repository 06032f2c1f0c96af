package quanze.model;

/** A name in Chinese and English. */
public record Text(String zh, String en) {

    /** "zh (en)", or whichever of the two is present. */
    public String both() {
        if (zh == null || zh.isEmpty()) return en == null ? "" : en;
        if (en == null || en.isEmpty()) return zh;
        return zh + " (" + en + ")";
    }
}
