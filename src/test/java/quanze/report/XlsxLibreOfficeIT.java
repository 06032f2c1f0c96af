package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The exported workbook read back by an independent reader this project did not write: LibreOffice headless
 * (Debian's libreoffice-calc-nogui; .ci/run installs it) converts every sheet to CSV.
 */
class XlsxLibreOfficeIT {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
    }

    @Test
    void libreOfficeReadsEverySheetOfTheBeforeReformWorkbook() throws Exception {
        quanze.support.Needs.program(SOFFICE, "LibreOffice", "XlsxLibreOfficeIT");
        Path out = Files.createDirectories(Path.of("target/it-xlsx"));
        Path xlsx = out.resolve("before-reform.xlsx");
        Path json = out.resolve("before-reform.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] f : new String[][] {{"xlsx", xlsx.toString()}, {"json", json.toString()}}) {
            Process p = new ProcessBuilder(java, "-jar", "target/quanze.jar", "check", "catalog/examples/before-reform",
                    "--format", f[0], "--output", f[1], "--as-of", "2027-01-01").start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        Path csv = Files.createDirectories(out.resolve("csv"));
        run(List.of(SOFFICE.toString(), "--headless", "-env:UserInstallation=" + out.toAbsolutePath().resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", csv.toString(), xlsx.toString()));
        var report = new ObjectMapper().readTree(json.toFile());
        List<String> findings = Files.readAllLines(csv.resolve("before-reform-發現 Findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings.get(0)).startsWith("代碼 code,嚴重程度 severity,事項 item");
        assertThat(findings).hasSize(report.get("findings").size() + 1);
        assertThat(findings.get(1)).startsWith(report.get("findings").get(0).get("code").asText() + ",");
        List<String> matrix = Files.readAllLines(csv.resolve("before-reform-配置矩陣 Matrix.csv"), StandardCharsets.UTF_8);
        assertThat(matrix).hasSize(report.get("items").size() + 1);
        assertThat(String.join("\n", matrix)).contains("✗");
        List<String> summary = Files.readAllLines(csv.resolve("before-reform-摘要 Summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains("錯誤 errors," + report.get("summary").get("errors").asInt());
        List<String> organisation = Files.readAllLines(csv.resolve("before-reform-組織機構 Organisation.csv"),
                StandardCharsets.UTF_8);
        assertThat(organisation).contains("street offices,"
                + report.get("organisation").get("units").get("street-office").get("last").asInt());
    }
}
