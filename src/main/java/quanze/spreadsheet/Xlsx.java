package quanze.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;

import quanze.model.InputException;
import quanze.model.Problem;

/** An .xlsx workbook (a zip of XML parts), opened within the zip limits and read by {@link WorkbookTables}. */
final class Xlsx {

    private static final Pattern ENTRY = Pattern.compile("Entry: (.+)");
    private static final Pattern ENTRY_LIMIT = Pattern.compile("MAX_ENTRY_SIZE: (\\d+)");

    private Xlsx() {
    }

    static List<Table> read(Path file, String shown, Sheets.Limits limits) throws InputException {
        ZipCheck.verify(file, shown, limits);
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            requireEverySheet(wb, shown);
            return WorkbookTables.read(wb, shown, limits);
        } catch (EncryptedDocumentException e) {
            throw new InputException(problem(shown, Xls.PASSWORD));
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            String limit = limit(e);
            throw new InputException(problem(shown, limit != null ? limit
                    : "not a readable .xlsx workbook (" + Sheets.firstLine(e.getMessage()) + ")"));
        } catch (IOException | RuntimeException e) {
            String limit = limit(e);
            throw new InputException(problem(shown, limit != null ? limit
                    : "cannot read the workbook: " + Sheets.firstLine(e.getMessage())));
        }
    }

    private static Problem problem(String where, String message) {
        return WorkbookTables.problem(where, message);
    }

    /** POI skips a sheet the workbook lists when its part is missing: the file is damaged, say so. */
    private static void requireEverySheet(XSSFWorkbook wb, String shown) throws InputException {
        if (wb.getCTWorkbook().getSheets() == null) return;
        Set<String> read = new HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) read.add(wb.getSheetName(i));
        for (CTSheet s : wb.getCTWorkbook().getSheets().getSheetArray()) {
            if (!read.contains(s.getName())) {
                throw new InputException(problem(shown + "!" + s.getName(),
                        "the workbook lists this sheet but the file does not hold it (a damaged workbook): save it"
                                + " again from the spreadsheet program"));
            }
        }
    }

    /** The message for a zip entry over a limit, found anywhere in the causes POI wraps it in, or null. */
    static String limit(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m == null) continue;
            if (m.contains("MAX_ENTRY_SIZE")) {
                Matcher entry = ENTRY.matcher(m);
                Matcher max = ENTRY_LIMIT.matcher(m);
                return "cannot read the workbook: " + (entry.find() ? entry.group(1).strip() : "a part") + " is larger"
                        + " than " + (max.find() ? max.group(1) + " bytes" : "the limit") + " once inflated (see"
                        + " --max-entry-bytes)";
            }
            if (m.contains("Zip bomb detected")) {
                return "cannot read the workbook: " + Sheets.firstLine(m) + " (raise the limit with --min-inflate-ratio"
                        + " only for a file you trust)";
            }
            if (c.getCause() == c) break;
        }
        return null;
    }
}
