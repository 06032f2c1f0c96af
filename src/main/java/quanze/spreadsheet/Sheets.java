package quanze.spreadsheet;

import java.nio.file.Path;
import java.util.List;


import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Reads a spreadsheet (xlsx) or a CSV file into text tables. Limits are set deliberately: a zip entry may not
 * inflate more than 100 times (zip bombs), nor be larger than 100 MB; a sheet may have at most 1,000,000 rows
 * (those the file holds, not its last row number) and 1,024 columns.
 * Formulas give their computed value (one that fails or gives an error value is a problem at its cell), dates
 * ISO text; a password-protected, corrupt or non-UTF-8 file is an input problem with a message that says what
 * to do.
 */
public final class Sheets {

    /** Rows per sheet, the smallest inflate ratio of a zip entry, the largest entry, the largest file. */
    public record Limits(int maxRows, double minInflateRatio, long maxEntryBytes, long maxFileBytes) {
        public static final Limits DEFAULT = new Limits(1_000_000, 0.01, 100L << 20, 1L << 30);
    }

    private Sheets() {
    }

    public static List<Table> read(Path file, String shown) throws InputException {
        return read(file, shown, Limits.DEFAULT);
    }

    public static List<Table> read(Path file, String shown, Limits limits) throws InputException {
        String name = file.getFileName().toString().toLowerCase();
        quanze.io.InputFiles.requireAtMost(file, shown, limits.maxFileBytes(), "--max-file-bytes");
        if (name.endsWith(".csv")) return List.of(Csv.read(file, shown, limits.maxRows()));
        if (name.endsWith(".xlsx")) return Xlsx.read(file, shown, limits);
        throw new InputException(new Problem(new Location(shown, 0, 0), "not a spreadsheet: expected a .xlsx or .csv file"));
    }

    /**
     * What a library says, as a user should read it: the first line, without the Java class names that POI and
     * XMLBeans put in front ({@code org.apache.xmlbeans.XmlException: error: …}).
     */
    static String firstLine(String s) {
        if (s == null) return "unreadable";
        String line = s.strip().lines().findFirst().orElse("unreadable");
        String before;
        do {
            before = line;
            line = line.replaceFirst("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)?:\\s*", "")
                    .replaceFirst("^error:\\s*", "");
        } while (!line.equals(before));
        line = line.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error))\\b", "$1");
        return line.isBlank() ? "unreadable" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
