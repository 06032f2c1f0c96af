package quanze.catalog;

import quanze.model.InputException;
import quanze.model.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import quanze.support.TestCatalog;

/**
 * catalog/schema/catalog.schema.json, the schema published for editors, agrees with the reader: the shipped
 * catalogs validate against it, and what the reader rejects for its shape the schema rejects too.
 */
class CatalogSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("catalog/schema/catalog.schema.json")), InputFormat.JSON);

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Error> validate(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog/huangshi", "catalog/examples/before-reform"})
    void everyFileOfTheShippedCatalogsValidates(String dir) throws IOException {
        for (Path f : CatalogReader.files(Path.of(dir))) {
            assertThat(validate(Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void theTestCatalogValidates() {
        assertThat(validate(new TestCatalog().approvals(TestCatalog.approval("a")).yaml())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope:|scoop:", "\"licensing\"|\"licence\"", "rank: \"law\"|rank: \"statute\"",
            "source: \"delegated\"|source: \"handed-down\"", "execution:|executing:"})
    void whatTheReaderRejectsTheSchemaRejects(String edit, @TempDir Path tmp) {
        String[] e = edit.split("\\|");
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml().replace(e[0], e[1]);
        assertThat(validate(yaml)).as(edit).isNotEmpty();
        Path dir = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        try {
            Files.writeString(dir.resolve("catalog.yaml"), yaml);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CatalogReader().read(dir, "x"))
                    .as(edit).isInstanceOf(InputException.class);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void aCatalogImportedFromAPublishedListValidates(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("imported");
        quanze.cli.RunAccess r = quanze.cli.RunAccess.of("import", "src/test/resources/lists/layout-a.csv", "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(validate(Files.readString(out.resolve("catalog.yaml")))).isEmpty();
    }

    @Test
    void enumValuesMayBeWrittenByTheirChineseNamesInEitherScript(@TempDir Path tmp) throws Exception {
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml()
                .replace("type: \"licensing\"", "type: \"行政許可\"").replace("source: \"delegated\"", "source: \"上级下放\"");
        assertThat(yaml).contains("行政許可").contains("上级下放");
        Path dir = new TestCatalog().approvals(TestCatalog.approval("a")).write(tmp);
        Files.writeString(dir.resolve("catalog.yaml"), yaml);
        var item = new CatalogReader().read(dir, "x").items().get(0);
        assertThat(item.type()).isEqualTo(quanze.model.PowerType.LICENSING);
        assertThat(item.declared().source()).isEqualTo(quanze.model.Source.DELEGATED);
    }

    /** The hand-written schema names exactly the fields the readers read, block by block (one list of names). */
}
