package quanze.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import quanze.catalog.CatalogWorkbook;
import quanze.script.Labels;
import quanze.script.Lang;
import quanze.model.Body;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Item;
import quanze.model.Role;
import quanze.model.Severity;

/**
 * A workbook for legal staff: a summary sheet, the findings (frozen header, filters, one row per finding),
 * the allocation matrix (items × the seven roles, cells coloured by declared level, mismatches marked), and
 * the items in a one-row-per-power layout. Written with POI's streaming workbook, so memory stays flat.
 */
final class XlsxReport implements Report {

    private final Lang lang;
    /** Headers are bilingual: the Chinese in the report's script (traditional beside English), then the English. */
    private final Lang chinese;

    XlsxReport(Lang lang) {
        this.lang = lang;
        this.chinese = lang == Lang.ZH_HANS ? Lang.ZH_HANS : Lang.ZH_HANT;
    }

    /** {@code 目錄 catalog}: a header in the report's Chinese and in English. */
    private String both(String key) {
        return Labels.label(chinese, key) + " " + Labels.label(Lang.EN, key);
    }

    @Override
    public void write(CheckResult r, Writer out) {
        throw new UnsupportedOperationException("xlsx is binary");
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void write(CheckResult r, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles s = new Styles(wb);
            summary(wb, s, r);
            findings(wb, s, r);
            matrix(wb, s, r);
            organisation(wb, s, r);
            items(wb, s, r);
            structure(wb, s, r);
            wb.write(out);
        }
    }

    private record Styles(CellStyle header, CellStyle city, CellStyle district, CellStyle community, CellStyle street,
                          CellStyle mismatch) {
        Styles(SXSSFWorkbook wb) {
            this(bold(wb, IndexedColors.GREY_25_PERCENT), fill(wb, IndexedColors.PALE_BLUE, false),
                    fill(wb, IndexedColors.LIGHT_GREEN, false), fill(wb, IndexedColors.LIGHT_YELLOW, false),
                    fill(wb, IndexedColors.ROSE, false), fill(wb, IndexedColors.ROSE, true));
        }

        CellStyle level(String level) {
            return switch (level == null ? "" : level) {
                case "city" -> city;
                case "district" -> district;
                case "community" -> community;
                default -> street;
            };
        }

        private static CellStyle bold(SXSSFWorkbook wb, IndexedColors color) {
            CellStyle st = fill(wb, color, false);
            Font f = wb.createFont();
            f.setBold(true);
            st.setFont(f);
            return st;
        }

        private static CellStyle fill(SXSSFWorkbook wb, IndexedColors color, boolean red) {
            CellStyle st = wb.createCellStyle();
            st.setFillForegroundColor(color.getIndex());
            st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            if (red) {
                Font f = wb.createFont();
                f.setBold(true);
                f.setColor(IndexedColors.DARK_RED.getIndex());
                st.setFont(f);
            }
            return st;
        }
    }

    private void summary(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet(Labels.label(lang, "sheetSummary"));
        var info = r.catalog().info();
        Object[][] rows = {
                {both("catalog"), r.catalog().dir()},
                {both("name"), info == null ? "" : info.name().both()},
                {both("reconstructedFlag"), info != null && info.reconstructed() ? "yes" : "no"},
                {both("principle"), r.catalog().principle().id()},
                {both("figItems"), r.catalog().items().size()},
                {both("figDelegated"), r.delegated()},
                {both("figTakenBack"), r.takenBack()},
                {both("retained"), r.retained()},
                {both("figApprovals"), r.delegatedApprovals()},
                {both("figCategories"), r.delegatedApprovalCategories()},
                {both("figErrors"), r.count(Severity.ERROR)},
                {both("figWarnings"), r.count(Severity.WARNING)},
                {both("waivedLabel"), r.waived()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sh.createRow(i);
            Cell k = row.createCell(0);
            k.setCellValue(String.valueOf(rows[i][0]));
            k.setCellStyle(s.header());
            Cell v = row.createCell(1);
            if (rows[i][1] instanceof Number n) v.setCellValue(n.doubleValue());
            else v.setCellValue(String.valueOf(rows[i][1]));
        }
        sh.setColumnWidth(0, 36 * 256);
        sh.setColumnWidth(1, 60 * 256);
    }

    private void findings(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet(Labels.label(lang, "sheetFindings"));
        header(sh, s, List.of(both("code"), both("severity"), both("item"), both("file"), both("line"), both("message"),
                both("basis"), both("waiver")));
        int n = 1;
        for (Finding f : r.findings()) {
            Row row = sh.createRow(n++);
            row.createCell(0).setCellValue(f.code());
            row.createCell(1).setCellValue(f.waived() ? "waived " + f.severity().key() : f.severity().key());
            row.createCell(2).setCellValue(f.itemId() == null ? "" : f.itemId());
            row.createCell(3).setCellValue(f.location().file());
            row.createCell(4).setCellValue(f.location().line());
            row.createCell(5).setCellValue(f.message());
            row.createCell(6).setCellValue(f.basis() == null ? "" : f.basis());
            row.createCell(7).setCellValue(f.waived() ? f.waiver().reason() + " (" + f.waiver().approvedBy() + ")" : "");
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, 7));
        int[] widths = {8, 12, 34, 40, 6, 80, 50, 40};
        for (int i = 0; i < widths.length; i++) sh.setColumnWidth(i, widths[i] * 256);
    }

    /** The organisation before and after: one row per kind of unit, then the stated totals (none: no sheet). */
    private void organisation(SXSSFWorkbook wb, Styles s, CheckResult r) {
        OrganisationSection o = OrganisationSection.of(r);
        if (o == null) return;
        Sheet sh = wb.createSheet(Labels.label(lang, "sheetOrganisation"));
        boolean two = o.first() != o.last();
        header(sh, s, two ? List.of(both("orgKind"), o.first().label(), o.last().label(), both("orgGoneHeader"))
                : List.of(both("orgKind"), o.last().label()));
        int n = 1;
        for (OrganisationSection.Row row : o.rows()) {
            Row x = sh.createRow(n++);
            x.createCell(0).setCellValue(OrganisationSection.kind(lang, row.kind()));
            if (two) {
                x.createCell(1).setCellValue(row.first());
                x.createCell(2).setCellValue(row.last());
                x.createCell(3).setCellValue(row.gone());
            } else {
                x.createCell(1).setCellValue(row.last());
            }
        }
        n++;
        if (!o.totals().isEmpty()) {
            Cell h = sh.createRow(n++).createCell(0);
            h.setCellValue(both("orgStatedTotals"));
            h.setCellStyle(s.header());
            for (OrganisationSection.Stated t : o.totals()) {
                Cell c = sh.createRow(n++).createCell(0);
                c.setCellValue(o.total(lang, t));
                if (!t.holds()) c.setCellStyle(s.mismatch());
            }
        }
        sh.createRow(n + 1).createCell(0).setCellValue(Labels.label(lang, "orgFindings", o.findings().size()));
        sh.setColumnWidth(0, 90 * 256);
        for (int c = 1; c < 4; c++) sh.setColumnWidth(c, 24 * 256);
    }

    private void matrix(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet(Labels.label(lang, "sheetMatrix"));
        List<String> headers = new java.util.ArrayList<>(List.of(both("category"), both("item"), both("decision")));
        for (Role role : Role.values()) headers.add(both("role." + role.key()));
        headers.add(both("statutoryLevel"));
        header(sh, s, headers);
        int n = 1;
        for (Decision d : r.decisions()) {
            Item i = d.item();
            Row row = sh.createRow(n++);
            row.createCell(0).setCellValue(i.categoryId());
            row.createCell(1).setCellValue(i.id());
            row.createCell(2).setCellValue(d.verdict().key() + " → " + d.level());
            int c = 3;
            for (Role role : Role.values()) {
                Body b = i.declared().holder(role);
                String declared = b == null ? null : b.levelId();
                boolean differs = declared == null || !declared.equals(d.roles().get(role));
                Cell cell = row.createCell(c++);
                cell.setCellValue((declared == null ? "—" : declared) + (differs ? " ✗ " + d.roles().get(role) : ""));
                cell.setCellStyle(differs ? s.mismatch() : s.level(declared));
            }
            row.createCell(c).setCellValue(ExplainReport.lawSays(i));
        }
        sh.createFreezePane(2, 1);
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(1, 42 * 256);
        sh.setColumnWidth(2, 18 * 256);
        sh.setColumnWidth(3 + Role.values().length, 80 * 256);
    }

    private static void items(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet(CatalogWorkbook.ITEMS);
        List<String> headers = CatalogWorkbook.ITEM_COLUMNS.stream().map(CatalogWorkbook.Column::header).toList();
        header(sh, s, headers);
        int n = 1;
        for (Item i : r.catalog().items()) row(sh.createRow(n++), CatalogWorkbook.itemRow(i));
        sh.createFreezePane(1, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, headers.size() - 1));
    }

    private static void row(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) row.createCell(c).setCellValue(cells.get(c));
    }

    /** The catalog block, levels, bodies and categories: with the items sheet, enough to rebuild the catalog. */
    private static void structure(SXSSFWorkbook wb, Styles s, CheckResult r) {
        var c = r.catalog();
        sheet(wb, s, CatalogWorkbook.CATALOG, CatalogWorkbook.CATALOG_COLUMNS, CatalogWorkbook.catalogRows(c.info(), c.principle()));
        sheet(wb, s, CatalogWorkbook.LEVELS, CatalogWorkbook.LEVEL_COLUMNS,
                c.levels().stream().map(CatalogWorkbook::levelRow).toList());
        sheet(wb, s, CatalogWorkbook.BODIES, CatalogWorkbook.BODY_COLUMNS,
                c.bodies().stream().map(CatalogWorkbook::bodyRow).toList());
        sheet(wb, s, CatalogWorkbook.CATEGORIES, CatalogWorkbook.CATEGORY_COLUMNS,
                c.categories().stream().map(CatalogWorkbook::categoryRow).toList());
    }

    private static void sheet(SXSSFWorkbook wb, Styles s, String name, List<String> columns, List<List<String>> rows) {
        Sheet sh = wb.createSheet(name);
        header(sh, s, columns);
        int n = 1;
        for (List<String> cells : rows) row(sh.createRow(n++), cells);
    }

    private static void header(Sheet sh, Styles s, List<String> names) {
        Row row = sh.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(s.header());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
