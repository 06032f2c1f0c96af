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
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            assertThat(wb.getSheetName(7)).isEqualTo("類別 Categories");
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
}
