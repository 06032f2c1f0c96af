package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML report opened in a real browser (headless Chromium, Debian's package; .ci/run installs it): the
 * page's own script runs, reports what it sees into the DOM (#selftest), and Chromium dumps that DOM.
 */
class HtmlReportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static List<String> chromium(Path profile, String... args) {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @ParameterizedTest
    @CsvSource({"catalog/huangshi,49,0", "catalog/examples/before-reform,53,5"})
    void theReportRunsWithoutScriptErrorsShowsOneMatrixRowPerItemAndFilters(String dir, int items, int warnings)
            throws Exception {
        quanze.support.Needs.program(CHROMIUM, "Chromium", "HtmlReportBrowserIT");
        Path out = Files.createDirectories(Path.of("target/it-html"));
        Path html = out.resolve(Path.of(dir).getFileName() + ".html");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-jar", "target/quanze.jar", "check", dir, "--format", "html", "--output", html.toString(),
                "--as-of", "2027-01-01"));
        assertThat(html).exists();
        String dom = run(chromium(Files.createTempDirectory(out, "profile"), "--dump-dom",
                html.toUri() + "#selftest&severity=warning"));
        Matcher m = Pattern.compile("<pre id=\"selftest\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the page's script ran and wrote #selftest").isTrue();
        JsonNode self = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
        assertThat(self.get("errors")).as("script errors").isEmpty();
        assertThat(self.get("matrixRows").asInt()).isEqualTo(items);
        assertThat(self.get("items").asInt()).isEqualTo(items);
        assertThat(self.get("visibleFindings").asInt()).isEqualTo(warnings);
        assertThat(dom).as("the organisation before and after").contains("<section id=\"organisation\">");
        if (self.get("findings").asInt() > warnings) {
            assertThat(self.get("visibleFindings").asInt()).as("the severity filter hides rows")
                    .isLessThan(self.get("findings").asInt());
        }
        assertThat(Files.readString(html)).doesNotContain("http://").doesNotContain("https://")
                .as("self-contained: no network access when opened");
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans,权责清单审查报告", "zh-Hant,權責清單審查報告", "en,Power list check report"})
    void theLanguageSwitchOffersEachOfTheThreeLanguages(String lang, String title) throws Exception {
        quanze.support.Needs.program(CHROMIUM, "Chromium", "HtmlReportBrowserIT");
        Path out = Files.createDirectories(Path.of("target/it-html"));
        Path html = out.resolve("huangshi-lang.html");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-jar", "target/quanze.jar", "check", "catalog/huangshi", "--format", "html", "--output",
                html.toString()));
        String dom = run(chromium(Files.createTempDirectory(out, "profile"), "--dump-dom",
                html.toUri() + "#selftest&lang=" + lang));
        Matcher m = Pattern.compile("<pre id=\"selftest\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the page's script ran and wrote #selftest").isTrue();
        JsonNode self = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
        assertThat(self.get("errors")).as("script errors").isEmpty();
        assertThat(self.get("lang").asText()).isEqualTo(lang);
        assertThat(self.get("title").asText()).isEqualTo(title);
    }
}
