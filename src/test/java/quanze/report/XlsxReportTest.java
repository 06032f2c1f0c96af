package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import quanze.catalog.CatalogReader;
import quanze.engine.Engine;
import quanze.engine.RuleBase;
import quanze.model.CheckResult;

/** The xlsx report, read back: its four sheets, frozen headers, filters, one row per finding and per item. */
class XlsxReportTest {

    @ParameterizedTest
    @CsvSource({"catalog/huangshi", "catalog/examples/before-reform"})
    void theWorkbookHoldsSummaryFindingsMatrixAndItems(String dir) throws Exception {
        CheckResult r = new Engine(RuleBase.bundled()).check(new CatalogReader().read(Path.of(dir), dir));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Format.XLSX.report().write(r, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // the organisation, before and after, where the catalog has one (both shipped ones do)
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            assertThat(wb.getSheetName(8)).isEqualTo("類別 Categories");
            Sheet organisation = wb.getSheet("組織機構 Organisation");
            assertThat(organisation.getRow(0).getCell(0).getStringCellValue()).isEqualTo("類別 Kind");
            assertThat(organisation.getRow(2).getCell(0).getStringCellValue()).isEqualTo("street offices");
            assertThat(wb.getSheetName(0)).isEqualTo("摘要 Summary");
            XSSFSheet findings = wb.getSheet("發現 Findings");
            assertThat(findings.getLastRowNum()).isEqualTo(r.findings().size());
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            Sheet matrix = wb.getSheet("配置矩陣 Matrix");
            assertThat(matrix.getLastRowNum()).isEqualTo(r.decisions().size());
            Sheet items = wb.getSheet("事項 Items");
            assertThat(items.getLastRowNum()).isEqualTo(r.catalog().items().size());
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("事項編碼 id");
            if (!r.findings().isEmpty()) {
                assertThat(findings.getRow(1).getCell(0).getStringCellValue()).isEqualTo(r.findings().get(0).code());
                boolean marked = false;
                for (int i = 1; i <= matrix.getLastRowNum(); i++) {
                    for (int c = 3; c < 10; c++) marked |= matrix.getRow(i).getCell(c).getStringCellValue().contains("✗");
                }
                assertThat(marked).as("mismatches are marked in the matrix").isTrue();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void itsLabelsFollowTheLanguageAndItsCatalogSheetsStayWhatImportReads() throws Exception {
        CheckResult r = new Engine(RuleBase.bundled()).check(new CatalogReader().read(Path.of("catalog/huangshi"), "h"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Format.XLSX.report(quanze.model.Severity.ERROR, quanze.script.Lang.ZH_HANS).write(r, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(1)).isEqualTo("发现 Findings");
            assertThat(wb.getSheetName(2)).isEqualTo("配置矩阵 Matrix");
            assertThat(wb.getSheet("发现 Findings").getRow(0).getCell(0).getStringCellValue()).isEqualTo("代码 code");
            assertThat(wb.getSheet("摘要 Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("目录 catalog");
            assertThat(wb.getSheet("配置矩阵 Matrix").getRow(0).getCell(3).getStringCellValue()).isEqualTo("管政策 policy");
            assertThat(wb.getSheet("事項 Items").getRow(0).getCell(0).getStringCellValue()).isEqualTo("事項編碼 id");
        }
    }
}
