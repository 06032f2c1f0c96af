package quanze.spreadsheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import quanze.model.InputException;
import quanze.model.Location;
import quanze.model.Problem;

/**
 * A CSV file as one table: UTF-8 (a byte-order mark is fine), quoted cells may span lines, at most N rows. Rows
 * are numbered as a spreadsheet program shows the file: one row per record, whatever the line breaks inside its
 * cells.
 */
final class Csv {

    private Csv() {
    }

    static Table read(Path file, String shown, int maxRows) throws InputException {
        String text = decode(file, shown);
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int quoteColumn = 0;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                quoteColumn = cells.size();
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                cell.setLength(0);
                add(rows, new Table.Row(rows.size() + 1, cells), shown, maxRows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            int row = rows.size() + 1;
            throw new InputException(new Problem(new Location(shown + "!" + Table.letters(quoteColumn) + row, 0, 0),
                    "a quoted cell is never closed (broken quoting from row " + row + ", line " + rowStart
                            + " of the file)"));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            add(rows, new Table.Row(rows.size() + 1, cells), shown, maxRows);
        }
        return new Table(shown, shown, rows);
    }

    private static void add(List<Table.Row> rows, Table.Row row, String shown, int maxRows) throws InputException {
        if (rows.size() >= maxRows) {
            throw new InputException(new Problem(new Location(shown, 0, 0),
                    "more than " + maxRows + " rows (raise it with --max-rows)"));
        }
        rows.add(row);
    }

    /** The text of a UTF-8 file, without its byte-order mark; any other encoding is named with what to do. */
    private static String decode(Path file, String shown) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(shown, 0, 0), "cannot read: " + e.getMessage()));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
                throw new InputException(new Problem(new Location(shown, 0, 0),
                        "not UTF-8 text but UTF-16 text: save it as UTF-8 (CSV UTF-8)"));
            }
            throw new InputException(new Problem(new Location(shown, 0, 0),
                    quanze.io.InputFiles.notUtf8(shown, "CSV UTF-8 (Excel: Save As, CSV UTF-8)")));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
