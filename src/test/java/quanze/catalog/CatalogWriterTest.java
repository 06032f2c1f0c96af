package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.Catalog;
import quanze.model.Item;
import quanze.support.TestCatalog;

/** What CatalogWriter writes reads back as the catalog it was, whatever the text looks like to YAML. */
class CatalogWriterTest {

    @TempDir
    Path tmp;

    /** Names and notes that a YAML reader would take for numbers, booleans, nulls, comments or structure. */
    static final List<String> ODD = List.of("1e3", ".inf", "-.INF", ".nan", "2024", "0x1F", "0o17", "1_000", "+12",
            "true", "False", "yes", "no", "on", "null", "~", "- a", "#b", "a: b", "a #b", "'q'", "\"d\"", "[x]", "{y}",
            "&anchor", "*alias", "!tag", "%dir", "@at", "`tick`", "|", ">", "?", " lead", "trail ", "二〇二四");

    @Test
    void namesAndNotesThatLookLikeOtherYamlReadBackAsWritten() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = 0; n < ODD.size(); n++) {
            Map<String, Object> i = TestCatalog.approval("odd-" + n);
            i.put("name", ODD.get(n));
            i.put("note", ODD.get(n));
            items.add(i);
        }
        @SuppressWarnings("unchecked")
        Catalog c = new TestCatalog().approvals(items.toArray(new Map[0])).read(tmp);
        StringWriter yaml = new StringWriter();
        CatalogWriter.write(c, "", yaml);
        Path again = Files.createDirectories(tmp.resolve("again"));
        Files.writeString(again.resolve("catalog.yaml"), yaml.toString());
        // each is quoted: a schema validator or another YAML reader sees text too
        for (String odd : List.of("1e3", ".inf", "-.INF", ".nan", "2024", "true", "False", "null", "~")) {
            assertThat(yaml.toString()).containsAnyOf("name: \"" + odd + "\"", "name: '" + odd + "'");
        }
        Catalog back = new CatalogReader().read(again, "again");
        assertThat(back.items().stream().map(i -> i.name().zh()).toList()).isEqualTo(ODD);
        assertThat(back.items().stream().map(Item::note).toList()).isEqualTo(ODD);
    }

    @Test
    void aNameWrittenAsANumberByHandIsTheNameAsWritten() throws Exception {
        Path dir = new TestCatalog().approvals(TestCatalog.with(TestCatalog.approval("a"), "name", 2024)).write(tmp);
        String text = Files.readString(dir.resolve("catalog.yaml"));
        assertThat(text).contains("name: 2024");
        assertThat(new CatalogReader().read(dir, "n").items().get(0).name().zh()).isEqualTo("2024");
    }
}
