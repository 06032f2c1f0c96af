package quanze.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import quanze.catalog.YamlReader;
import quanze.engine.RuleBase;
import quanze.script.Lang;

/**
 * The workbench driven in a real browser (Debian's Chromium through its chromedriver; .ci/run installs both): coal-mine
 * safety made to stay with the city, its change and cause seen, undone; the micro-only variant applied and saved, and
 * {@code quanze diff} of the saved file giving the changes the page shows; the page in English and in traditional
 * characters. {@code -Dquanze.screenshot=FILE} saves the page with the what-if applied (the README's picture).
 */
class WorkbenchBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String COAL = "management.coal-mine-safety";

    @TempDir
    Path tmp;
    Path catalog;
    WorkbenchServer server;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        quanze.support.Needs.program(CHROMIUM, "Chromium", "WorkbenchBrowserIT");
        quanze.support.Needs.program(DRIVER, "chromedriver (Debian's chromium-driver)", "WorkbenchBrowserIT");
        catalog = tmp.resolve("huangshi");
        WorkbenchTest.copy(Path.of("catalog/huangshi"), catalog);
        RuleBase rules = RuleBase.bundled();
        Workbench wb = Workbench.open(new Workbench.Config(catalog, "huangshi", catalog.resolve("variants"), rules,
                Path.of("rules"), new YamlReader()));
        server = WorkbenchServer.start(wb, "127.0.0.1", 0, Lang.EN, rules.rules());
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1100", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private void status(String startsWith) {
        try {
            wait.until(d -> d.findElement(By.id("status")).getText().startsWith(startsWith));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page says '" + browser.findElement(By.id("status")).getText()
                    + "', not '" + startsWith + "…'", e);
        }
    }

    /** The rows of the changes table as the page shows them: item, field, before, after, causes. */
    private List<String> rows() {
        List<String> out = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#changes tbody tr"))) {
            List<WebElement> td = tr.findElements(By.tagName("td"));
            out.add(tr.getAttribute("data-item") + " | " + td.get(1).getText() + " | " + td.get(2).getText() + " | "
                    + td.get(3).getText() + " | " + td.get(4).getText());
        }
        return out;
    }

    /** The changes {@code quanze diff VARIANT CATALOG --format json} gives, as rows. */
    private List<String> quanzeDiff(Path variant) throws Exception {
        var run = quanze.cli.RunAccess.of("diff", variant.toString(), catalog.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> out = new ArrayList<>();
        for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).path("variants").get(0)
                .path("changes")) {
            List<String> causes = new ArrayList<>();
            c.path("causes").forEach(x -> causes.add(x.asText()));
            out.add(c.path("item").asText() + " | " + c.path("field").asText() + " | " + c.path("before").asText()
                    + " | " + c.path("after").asText() + " | " + String.join("; ", causes));
        }
        return out;
    }

    @Test
    void coalMineSafetyStaysWithTheCityThenUndoThenMicroOnlySavedAndReproducedByQuanzeDiff() throws Exception {
        browser.get(server.url());
        wait.until(d -> d.findElement(By.id("timing")).getText().contains("ms"));
        assertThat(browser.findElement(By.id("no-changes")).isDisplayed()).isTrue();

        // coal-mine safety stays with the city: its statutory floor is the city
        WebElement search = browser.findElement(By.id("item-search"));
        search.sendKeys(COAL);
        wait.until(d -> d.findElement(By.id("item-fields")).isDisplayed()
                && d.findElement(By.id("item-name")).getText().contains(COAL));
        new Select(browser.findElement(By.id("item-floor"))).selectByValue("city");
        browser.findElement(By.id("apply-item")).click();
        status("applied");
        wait.until(d -> !rows().isEmpty());
        List<String> coal = rows();
        assertThat(coal).contains(COAL + " | decision | delegate | retain | items." + COAL,
                COAL + " | level | district | city | items." + COAL);
        assertThat(browser.findElement(By.id("timing")).getText()).contains("incremental");
        assertThat(coal).isEqualTo(quanzeDiff(catalog.resolve("variants/coal-safety-stays-city.yaml")));
        String shot = System.getProperty("quanze.screenshot");
        if (shot != null && !shot.isBlank()) {
            Files.write(Path.of(shot), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }

        // undone: the catalog as it stands
        browser.findElement(By.id("undo")).click();
        status("undone");
        wait.until(d -> d.findElement(By.id("no-changes")).isDisplayed());
        assertThat(rows()).isEmpty();

        // the micro-only variant, saved as a variant of our own
        new Select(browser.findElement(By.id("variant-file"))).selectByValue("micro-only.yaml");
        browser.findElement(By.id("load-variant")).click();
        status("loaded micro-only.yaml");
        wait.until(d -> !rows().isEmpty());
        List<String> micro = rows();
        assertThat(micro).allSatisfy(r -> assertThat(r).endsWith("| principle.delegableTraits"));
        browser.findElement(By.id("save-name")).sendKeys("from-the-browser");
        browser.findElement(By.id("save-variant")).click();
        status("saved huangshi/variants/from-the-browser.yaml");
        Path saved = catalog.resolve("variants/from-the-browser.yaml");
        assertThat(saved).exists();
        assertThat(quanzeDiff(saved)).isEqualTo(micro);

        // saving again over it asks first; declined, the file stays as it was
        String before = Files.readString(saved);
        browser.findElement(By.id("save-variant")).click();
        wait.until(d -> {
            try {
                d.switchTo().alert().dismiss();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        assertThat(Files.readString(saved)).isEqualTo(before);
    }

    @Test
    void thePageSpeaksEnglishAndTraditionalChinese() {
        browser.get(server.url() + "?lang=en");
        wait.until(d -> d.findElement(By.id("timing")).getText().contains("ms"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("quanze what-if workbench");
        assertThat(browser.findElement(By.cssSelector("#traits")).getText()).contains("micro-level");

        new Select(browser.findElement(By.id("lang"))).selectByValue("zh-Hant");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("quanze 假設分析工作台"));
        assertThat(browser.findElement(By.cssSelector("#principle-form legend")).getText()).isEqualTo("下放原則");
        assertThat(browser.findElement(By.cssSelector("#traits")).getText()).contains("基層性", "微觀性");
        assertThat(browser.findElement(By.id("timing")).getText()).contains("計算用時");
        // the report below answers in the same script
        wait.until(d -> d.findElement(By.id("report")).getAttribute("src").contains("lang=zh-Hant"));
        browser.switchTo().frame("report");
        wait.until(d -> "zh-Hant".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.switchTo().defaultContent();

        // an edit in traditional characters' page: a principle switch, its causes named as the variant file names them
        browser.findElement(By.cssSelector("#scopes input[value=cross-district]")).click();
        browser.findElement(By.id("apply-principle")).click();
        status("已應用");
        wait.until(d -> !rows().isEmpty());
        assertThat(rows()).allSatisfy(r -> assertThat(r).endsWith("| principle.blockingScopes"));
        assertThat(browser.findElement(By.id("timing")).getText()).contains("完整檢查");
        assertThat(Map.of("lang", browser.findElement(By.tagName("html")).getAttribute("lang")))
                .containsEntry("lang", "zh-Hant");
    }
}
