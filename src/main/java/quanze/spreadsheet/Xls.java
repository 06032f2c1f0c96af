package quanze.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import quanze.model.InputException;

/**
 * An Excel 97-2003 workbook (BIFF8 in an OLE2 container: the .xls most published lists are) read with POI's
 * HSSF into text tables by {@link WorkbookTables}, with the same limits and cell-level messages as an .xlsx. An
 * OLE2 file is also what a password-protected .xlsx is: both are refused with a message.
 */
final class Xls {

    static final String PASSWORD = "the workbook is password-protected: save a copy without a password";

    private Xls() {
    }

    static List<Table> read(Path file, String shown, Sheets.Limits limits) throws InputException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new InputException(WorkbookTables.problem(shown, PASSWORD));
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new InputException(WorkbookTables.problem(shown, "an OLE2 file that holds no workbook (a Word"
                        + " document or another Office file?): expected an .xls, .xlsx or .csv power list"));
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                return WorkbookTables.read(wb, shown, limits);
            }
        } catch (EncryptedDocumentException e) {
            throw new InputException(WorkbookTables.problem(shown, PASSWORD));
        } catch (OldExcelFormatException e) {
            throw new InputException(WorkbookTables.problem(shown, "an Excel 5.0/95 workbook, older than quanze reads:"
                    + " save it as .xlsx (or Excel 97-2003 .xls)"));
        } catch (IOException | RuntimeException e) {
            throw new InputException(WorkbookTables.problem(shown, "not a readable .xls workbook ("
                    + Sheets.firstLine(e.getMessage()) + ")"));
        }
    }
}
