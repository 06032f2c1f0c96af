package quanze.spreadsheet;

import java.nio.file.Path;
import java.util.List;


import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * Reads a spreadsheet (.xlsx or .xls) or a CSV file into text tables. Limits are set deliberately: a zip entry may not
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

    /**
     * The tables of a list. The format is told by the file's first bytes, not its name: a zip is an .xlsx, an OLE2
     * container an .xls (or a password-protected .xlsx), and text is read as CSV when the name says .csv or .txt.
     */
    public static List<Table> read(Path file, String shown, Limits limits) throws InputException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        quanze.io.InputFiles.requireAtMost(file, shown, limits.maxFileBytes(), "--max-file-bytes");
        return switch (Format.of(file, shown)) {
            case XLSX -> Xlsx.read(file, shown, limits);
            case XLS -> Xls.read(file, shown, limits);
            case OTHER -> {
                if (name.endsWith(".csv") || name.endsWith(".txt")) yield List.of(Csv.read(file, shown, limits.maxRows()));
                // a workbook's name on what is not one: let the reader of that name say what is wrong
                if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) yield Xlsx.read(file, shown, limits);
                if (name.endsWith(".xls")) {
                    throw new InputException(new Problem(new Location(shown, 0, 0), "not a readable .xls workbook"
                            + (size(file) == 0 ? " (an empty file)" : Format.html(file) ? " (an HTML page saved with an"
                            + " .xls name: open it and save it as .xlsx)" : Format.text(file) ? " (a text file: a CSV"
                            + " list is read when its name ends in .csv)" : " (neither an OLE2 nor a zip file)")));
                }
                throw new InputException(new Problem(new Location(shown, 0, 0),
                        "not a spreadsheet: expected an .xls, .xlsx or .csv file"));
            }
        };
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** What a file's first bytes say it is. */
    enum Format {
        XLSX, XLS, OTHER;

        private static final byte[] ZIP = {'P', 'K', 3, 4};
        private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1};

        static Format of(Path file, String shown) throws InputException {
            byte[] head = head(file, shown, 8);
            if (startsWith(head, ZIP)) return XLSX;
            if (startsWith(head, OLE2)) return XLS;
            return OTHER;
        }

        /** True when the file's first bytes are UTF-8 text with a comma, a tab or a line break: a CSV by another name. */
        static boolean text(Path file) {
            try {
                byte[] head = head(file, file.toString(), 4096);
                String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
                return !s.contains("\uFFFD") && s.chars().noneMatch(c -> c < 9 || c > 13 && c < 32)
                        && (s.contains(",") || s.contains("\t") || s.contains("\n"));
            } catch (InputException e) {
                return false;
            }
        }

        /** True when the file starts like an HTML page (some sites serve HTML tables as .xls). */
        static boolean html(Path file) {
            try {
                String start = new String(head(file, file.toString(), 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .stripLeading().toLowerCase(java.util.Locale.ROOT);
                return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<table");
            } catch (InputException e) {
                return false;
            }
        }

        private static byte[] head(Path file, String shown, int n) throws InputException {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                return in.readNBytes(n);
            } catch (java.io.IOException e) {
                throw new InputException(new Problem(new Location(shown, 0, 0), "cannot read: " + e.getMessage()));
            }
        }

        private static boolean startsWith(byte[] head, byte[] magic) {
            if (head.length < magic.length) return false;
            for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
            return true;
        }
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
