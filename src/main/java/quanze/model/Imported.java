package quanze.model;

/**
 * Where an imported item came from: the list's file as the import was given it, the sheet (null for a CSV file)
 * and the row as the spreadsheet numbers it (1-based).
 */
public record Imported(String file, String sheet, int row) {
}
