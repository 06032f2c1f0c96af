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

import quanze.model.Basis;
import quanze.model.Body;
import quanze.model.CheckResult;
import quanze.model.Decision;
import quanze.model.Finding;
import quanze.model.Item;
import quanze.model.Keyed;
import quanze.model.Role;
import quanze.model.Severity;

/**
 * A workbook for legal staff: a summary sheet, the findings (frozen header, filters, one row per finding),
 * the allocation matrix (items × the seven roles, cells coloured by declared level, mismatches marked), and
 * the items in a one-row-per-power layout. Written with POI's streaming workbook, so memory stays flat.
 */
final class XlsxReport implements Report {

    /** The columns of the items sheet: the catalog's fields, one power per row. */
    static final List<String> ITEM_COLUMNS = List.of("事項編碼 id", "事項名稱 name (zh)", "name (en)", "類別 category",
            "類別種類 kind", "職權類型 type", "法定依據 basis", "法定層級下限 floor", "特徵 traits", "範圍 scope",
            "責任事項 responsibilities", "追責情形 accountability", "行使層級 declared level", "權力來源 source",
            "policy", "standard", "inspection", "supervision", "management", "execution", "implementation",
            "service", "origin", "備註 note", "basis (data)", "entrustment (data)");

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

    private static void summary(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet("摘要 Summary");
        var info = r.catalog().info();
        Object[][] rows = {
                {"目錄 catalog", r.catalog().dir()},
                {"名稱 name", info == null ? "" : info.name().both()},
                {"重構 reconstructed", info != null && info.reconstructed() ? "yes" : "no"},
                {"原則 principle", r.catalog().principle().id()},
                {"事項 items", r.catalog().items().size()},
                {"下放 delegated", r.delegated()},
                {"保留 retained", r.retained()},
                {"下放審批事項 delegated approvals", r.delegatedApprovals()},
                {"審批類別 approval categories", r.delegatedApprovalCategories()},
                {"錯誤 errors", r.count(Severity.ERROR)},
                {"警告 warnings", r.count(Severity.WARNING)},
                {"豁免 waived", r.waived()}};
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

    private static void findings(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet("發現 Findings");
        header(sh, s, List.of("代碼 code", "嚴重程度 severity", "事項 item", "文件 file", "行 line", "發現 message",
                "依據 basis", "豁免 waiver"));
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

    private static void matrix(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet("配置矩陣 Matrix");
        header(sh, s, List.of("類別 category", "事項 item", "決定 decision", "管政策 policy", "管標準 standard",
                "管檢查 inspection", "管監督 supervision", "抓管理 management", "抓執行 execution", "抓落實 implementation"));
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
        }
        sh.createFreezePane(2, 1);
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(1, 42 * 256);
        sh.setColumnWidth(2, 18 * 256);
    }

    private static void items(SXSSFWorkbook wb, Styles s, CheckResult r) {
        Sheet sh = wb.createSheet("事項 Items");
        header(sh, s, ITEM_COLUMNS);
        int n = 1;
        for (Item i : r.catalog().items()) {
            Row row = sh.createRow(n++);
            String[] v = {i.id(), i.name() == null ? "" : nz(i.name().zh()), i.name() == null ? "" : nz(i.name().en()),
                    i.categoryId(), i.kind() == null ? "" : i.kind().key(), i.type() == null ? "" : i.type().key(),
                    basis(i.basis()), i.floor() == null ? "" : i.floor().id(),
                    String.join(", ", i.traits().stream().map(Keyed::key).toList()), i.scope().key(),
                    String.join("；", i.responsibilities()), String.join("；", i.accountability()),
                    i.declared().levelId(), i.declared().source().key(),
                    role(i, Role.POLICY), role(i, Role.STANDARD), role(i, Role.INSPECTION), role(i, Role.SUPERVISION),
                    role(i, Role.MANAGEMENT), role(i, Role.EXECUTION), role(i, Role.IMPLEMENTATION),
                    i.service() == null ? "" : i.service().key(), i.origin() == null ? "" : i.origin().id(),
                    nz(i.note()), SheetData.basis(i.basis()), SheetData.entrustment(i.declared().entrustment())};
            for (int c = 0; c < v.length; c++) row.createCell(c).setCellValue(v[c]);
        }
        sh.createFreezePane(1, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, ITEM_COLUMNS.size() - 1));
    }

    /** The catalog block, levels, bodies and categories: with the items sheet, enough to rebuild the catalog. */
    private static void structure(SXSSFWorkbook wb, Styles s, CheckResult r) {
        var c = r.catalog();
        var info = c.info();
        Sheet cat = wb.createSheet("目錄 Catalog");
        header(cat, s, List.of("field", "value"));
        String[][] rows = {{"id", info == null ? "" : info.id()}, {"name (zh)", info == null ? "" : nz(info.name().zh())},
                {"name (en)", info == null ? "" : nz(info.name().en())},
                {"reconstructed", String.valueOf(info != null && info.reconstructed())},
                {"source", info == null ? "" : nz(info.source())}, {"note", info == null ? "" : nz(info.note())},
                {"expect categories", info == null || info.expect() == null ? "" : String.valueOf(info.expect().categories())},
                {"expect items", info == null || info.expect() == null ? "" : String.valueOf(info.expect().items())}};
        for (int i = 0; i < rows.length; i++) {
            Row row = cat.createRow(i + 1);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        Sheet levels = wb.createSheet("層級 Levels");
        header(levels, s, List.of("id", "name (zh)", "name (en)", "abolished"));
        int n = 1;
        for (var l : c.levels()) {
            Row row = levels.createRow(n++);
            row.createCell(0).setCellValue(l.id());
            row.createCell(1).setCellValue(l.name() == null ? "" : nz(l.name().zh()));
            row.createCell(2).setCellValue(l.name() == null ? "" : nz(l.name().en()));
            row.createCell(3).setCellValue(String.valueOf(l.abolished()));
        }
        Sheet bodies = wb.createSheet("主體 Bodies");
        header(bodies, s, List.of("id", "level", "name (zh)", "name (en)", "parent", "kind"));
        n = 1;
        for (var b : c.bodies()) {
            Row row = bodies.createRow(n++);
            String[] v = {b.id(), b.levelId(), b.name() == null ? "" : nz(b.name().zh()),
                    b.name() == null ? "" : nz(b.name().en()), nz(b.parent()), b.kind() == null ? "" : b.kind().key()};
            for (int k = 0; k < v.length; k++) row.createCell(k).setCellValue(v[k]);
        }
        Sheet cats = wb.createSheet("類別 Categories");
        header(cats, s, List.of("id", "kind", "name (zh)", "name (en)", "note"));
        n = 1;
        for (var k : c.categories()) {
            Row row = cats.createRow(n++);
            String[] v = {k.id(), k.kind() == null ? "" : k.kind().key(), k.name() == null ? "" : nz(k.name().zh()),
                    k.name() == null ? "" : nz(k.name().en()), nz(k.note())};
            for (int m = 0; m < v.length; m++) row.createCell(m).setCellValue(v[m]);
        }
    }

    private static String role(Item i, Role r) {
        return nz(i.declared().roleIds().get(r));
    }

    /** 《城鄉規劃法》第41條 (law); … — the way published lists write a basis, with its rank. */
    static String basis(List<Basis> basis) {
        StringBuilder sb = new StringBuilder();
        for (Basis b : basis) {
            if (sb.length() > 0) sb.append("；");
            sb.append("《").append(b.law()).append("》第").append(b.article()).append("條 (").append(b.rank().key())
                    .append(b.confirmed() ? "" : ", unconfirmed").append(")");
        }
        return sb.toString();
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
