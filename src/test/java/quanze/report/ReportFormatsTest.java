package quanze.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import quanze.cli.Quanze;

/**
 * Every output format for both shipped catalogs, against golden files (regenerate one with
 * {@code ./quanze check DIR --format F --as-of 2027-01-01 > src/test/resources/golden/NAME.F}); SARIF and
 * JUnit also against the official schemas (src/test/resources/schemas, copies of shared/schemas).
 */
class ReportFormatsTest {

    private static final Path SHARED = Path.of("src/test/resources/schemas");

    private static String run(String dir, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Quanze.run(new String[] {"check", dir, "--format", format, "--as-of", "2027-01-01"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"huangshi,catalog/huangshi", "before-reform,catalog/examples/before-reform",
            "read-the-law,catalog/examples/read-the-law"})
    void everyFormatMatchesItsGoldenFile(String name, String dir) throws Exception {
        for (String format : List.of("text", "json", "sarif", "junit", "github", "markdown", "html")) {
            Path golden = Path.of("src/test/resources/golden/" + name + "." + format);
            assertThat(run(dir, format)).as(golden.toString()).isEqualTo(Files.readString(golden));
        }
    }

    /** A list in simplified characters (a fixture imported as a user would), checked with {@code extra} arguments. */
    private static Path list;

    private static String imported(String format, String... extra) throws Exception {
        if (list == null) {
            list = Files.createTempDirectory("quanze-lang").resolve("list");
            assertThat(quanze.cli.RunAccess.of("import", "src/test/resources/lists/layout-a.csv", "--out",
                    list.toString()).exit()).isEqualTo(1);
        }
        Path dir = list;
        String[] args = new String[4 + extra.length];
        args[0] = "check";
        args[1] = dir.toString();
        args[2] = "--format";
        args[3] = format;
        System.arraycopy(extra, 0, args, 4, extra.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Quanze.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.api.Test
    void aListInSimplifiedCharactersGetsSimplifiedLabelsAndAnyLanguageOnRequest() throws Exception {
        String text = imported("text");
        assertThat(text).contains("事项 7 项：下放 0 项，保留 7 项；错误 3 个，警告 1 个").contains(": 错误 QZ101 ")
                .contains("    依据: ");
        assertThat(imported("text", "--lang", "zh-Hant")).contains("事項 7 項：下放 0 項，保留 7 項；錯誤 3 個，警告 1 個");
        assertThat(imported("text", "--lang", "en")).contains("7 items: 0 delegated, 7 retained; 3 errors, 1 warning");
        assertThat(imported("markdown")).startsWith("## quanze 审查：").contains("| 审查发现 | 错误 3 个，警告 1 个，已豁免 0 个 |");
        String html = imported("html");
        assertThat(html).contains("<html lang=\"zh-Hans\">").contains(">权责清单审查报告</span>")
                .contains("data-zh-hant=\"權責清單審查報告\"").contains("data-en=\"Power list check report\"")
                .contains("<option value=\"zh-Hans\" selected>简体中文</option><option value=\"zh-Hant\">繁體中文</option>"
                        + "<option value=\"en\">English</option>");
        // the machine-readable formats have no labels to translate
        assertThat(imported("json")).isEqualTo(imported("json", "--lang", "zh-Hant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog/huangshi", "catalog/examples/before-reform"})
    void sarifValidatesAgainstTheOfficialSchema(String dir) throws Exception {
        Path schema = SHARED.resolve("sarif-schema-2.1.0.json");
        assertThat(schema).as("the SARIF schema is expected in src/test/resources/schemas").exists();
        var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(schema), InputFormat.JSON);
        assertThat(validator.validate(run(dir, "sarif"), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog/huangshi", "catalog/examples/before-reform"})
    void junitValidatesAgainstTheSchema(String dir) throws Exception {
        Path xsd = SHARED.resolve("junit.xsd");
        assertThat(xsd).as("the JUnit schema is expected in src/test/resources/schemas").exists();
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        schema.newValidator().validate(new StreamSource(new java.io.StringReader(run(dir, "junit"))));
    }
}
