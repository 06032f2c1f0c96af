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
    @CsvSource({"huangshi,catalog/huangshi", "before-reform,catalog/examples/before-reform"})
    void everyFormatMatchesItsGoldenFile(String name, String dir) throws Exception {
        for (String format : List.of("text", "json", "sarif", "junit", "github", "markdown", "html")) {
            Path golden = Path.of("src/test/resources/golden/" + name + "." + format);
            assertThat(run(dir, format)).as(golden.toString()).isEqualTo(Files.readString(golden));
        }
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
