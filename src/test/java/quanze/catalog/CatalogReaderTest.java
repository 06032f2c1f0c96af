package quanze.catalog;

import quanze.model.InputException;
import quanze.model.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.model.Catalog;
import quanze.model.CategoryKind;
import quanze.model.Role;
import quanze.support.TestCatalog;

/** Reading a catalog folder: what is read, and every problem reported as file:line:col. */
class CatalogReaderTest {

    @TempDir
    Path tmp;

    private Path folder(String... nameThenContent) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "c");
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Files.writeString(dir.resolve(nameThenContent[i]), nameThenContent[i + 1]);
        }
        return dir;
    }

    private InputException problems(Path dir) {
        return catchThrowableOfType(InputException.class, () -> new CatalogReader().read(dir, "cat"));
    }

    @Test
    void theHuangshiCatalogReadsWithAllItsParts() throws Exception {
        Catalog c = new CatalogReader().read(Path.of("catalog/huangshi"), "catalog/huangshi");
        assertThat(c.info().id()).isEqualTo("huangshi");
        assertThat(c.info().reconstructed()).isTrue();
        assertThat(c.levels()).extracting(l -> l.id()).containsExactly("city", "district", "street", "community");
        assertThat(c.items().stream().filter(i -> i.kind() == CategoryKind.APPROVAL).map(i -> i.categoryId())
                .distinct()).hasSize(7);
        assertThat(c.unknownReferences()).isEmpty();
        var permit = c.items().stream().filter(i -> i.id().equals("planning.rural-construction-permit")).findFirst()
                .orElseThrow();
        assertThat(permit.declared().holder(Role.EXECUTION).id()).isEqualTo("district-planning");
        assertThat(permit.location().file()).isEqualTo("catalog/huangshi/20-approvals.yaml");
    }

    @Test
    void filesAreReadInNameOrderAndListsJoin() throws Exception {
        String base = new TestCatalog().yaml();
        Path dir = folder("b.yaml", "categories:\n  - {id: late, kind: approval, name: Late}\n", "a.yaml", base);
        Catalog c = new CatalogReader().read(dir, "cat");
        assertThat(c.categories()).extracting(x -> x.id()).containsExactly("late");
    }

    @Test
    void brokenYamlNamesFileLineAndColumn() throws IOException {
        Path dir = folder("catalog.yaml", "catalog: {id: x, name: X\nlevels: []\n");
        assertThat(problems(dir).getMessage()).matches("cat/catalog.yaml:\\d+:\\d+: invalid YAML: .+");
    }

    @Test
    void aBodyWhoseParentChainLoopsIsAProblemAtTheBody() throws IOException {
        String base = new TestCatalog().approvals(TestCatalog.approval("a")).yaml();
        Path dir = folder("a.yaml", base, "b.yaml", "bodies:\n"
                + "  - {id: x, level: city, name: X, parent: z}\n"
                + "  - {id: y, level: city, name: Y, parent: x}\n"
                + "  - {id: z, level: city, name: Z, parent: y}\n"
                + "  - {id: self, level: city, name: S, parent: self}\n"
                + "  - {id: below, level: city, name: B, parent: x}\n");
        var e = problems(dir);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "cat/b.yaml:2:5: body 'x' is its own ancestor: its parent chain loops (x → z → y → x); a body's"
                        + " parent must lead up to a body without one",
                "cat/b.yaml:5:5: body 'self' is its own ancestor: its parent chain loops (self → self); a body's"
                        + " parent must lead up to a body without one");
    }

    @Test
    void itemsBelongToTheirOwnCategoryWhenAnEarlierOneHasNoneAndAnAliasRepeatsAList() throws Exception {
        String base = new TestCatalog().yaml();
        String cats = "categories:\n"
                + "  - {id: empty, kind: approval, name: Empty}\n"
                + "  - id: full\n    kind: approval\n    name: Full\n    items: &shared\n"
                + "      - {id: i1, name: I, type: licensing, basis: [{law: 建築法, article: '7', rank: law}], traits: [],"
                + " scope: within-district, responsibilities: [a], accountability: [b],"
                + " declared: {level: city, source: by-law, roles: {}}}\n"
                + "  - {id: again, kind: approval, name: Again, items: *shared}\n";
        Catalog c = new CatalogReader().read(folder("a.yaml", base, "b.yaml", cats), "cat");
        assertThat(c.items()).extracting(i -> i.categoryId()).containsExactly("full", "again");
    }

    @Test
    void duplicateLevelsAndBodiesAndBlocksOfTheWrongTypeAreProblems() throws IOException {
        String base = new TestCatalog().yaml();
        var e = problems(folder("a.yaml", base, "b.yaml", "levels:\n  - {id: city}\nbodies:\n"
                + "  - {id: city-dept, level: city, name: again}\ncategories:\n  - {id: c, kind: approval, name: C,"
                + " items: {id: x}}\n", "c.yaml", "levels: city\n"));
        assertThat(e.problems()).extracting(Object::toString).anySatisfy(m -> assertThat(m)
                        .startsWith("cat/b.yaml:2:5: a second level 'city' (first at cat/a.yaml:"))
                .anySatisfy(m -> assertThat(m).startsWith("cat/b.yaml:4:5: a second body 'city-dept' (first at"))
                .anySatisfy(m -> assertThat(m).isEqualTo("cat/b.yaml:6:45: 'items' must be a list, found a mapping"))
                .anySatisfy(m -> assertThat(m).isEqualTo("cat/c.yaml:1:9: 'levels' must be a list (each entry a level),"
                        + " found the string 'city'"));
    }

    @Test
    void aControlCharacterIsNamedAtItsLineAndColumn() throws IOException {
        var e = problems(folder("catalog.yaml", "catalog:\n  id: x\n  name: a\u0007b\n"));
        assertThat(e.problems().get(0).toString()).isEqualTo("cat/catalog.yaml:3:10: invalid YAML: the character"
                + " U+0007 is not allowed in YAML text (a control character: remove it, or write it as an escape in a"
                + " double-quoted string)");
    }

    @Test
    void anUnknownFieldIsNamedWithASuggestion() throws IOException {
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml().replace("type:", "tpye:");
        var e = problems(folder("catalog.yaml", yaml));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString())
                .matches("cat/catalog.yaml:\\d+:\\d+: unknown field 'tpye' in an item; did you mean 'type'\\? .*"));
    }

    @Test
    void aWrongEnumValueListsTheExpectedOnes() throws IOException {
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml()
                .replace("type: \"licensing\"", "type: \"licence\"");
        var e = problems(folder("catalog.yaml", yaml));
        assertThat(e.getMessage()).contains("unknown type 'licence'; did you mean 'licensing'? (expected one of:"
                + " licensing, penalty, coercion,");
    }

    @Test
    void aWrongTypeSaysWhatWasFound() throws IOException {
        String yaml = new TestCatalog().approvals(TestCatalog.approval("a")).yaml()
                .replaceAll("traits:\\n(\\s+)- \"micro\"", "traits: micro");
        assertThat(problems(folder("catalog.yaml", yaml)).getMessage())
                .contains("'traits' must be a list, found the string 'micro'");
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() throws IOException {
        String good = new TestCatalog().approvals(TestCatalog.approval("a")).yaml();
        Path dir = folder("a.yaml", good.replace("scope:", "scop:").replace("rank: \"law\"", "rank: \"statute\""),
                "b.yaml", "levels: [ {id: x, abolishd: true} ]\n");
        var e = problems(dir);
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(e.getMessage()).contains("cat/a.yaml").contains("cat/b.yaml").contains("'scop'")
                .contains("unknown rank 'statute'").contains("'abolishd'");
    }

    @Test
    void aDuplicateKeyIsAProblem() throws IOException {
        Path dir = folder("catalog.yaml", "catalog: {id: x, name: X, id: y}\n");
        assertThat(problems(dir).getMessage()).contains("duplicate key 'id'");
    }

    @Test
    void aMissingFolderIsAProblemNotACrash() {
        assertThatThrownBy(() -> new CatalogReader().read(tmp.resolve("nope"), "nope"))
                .isInstanceOf(InputException.class).hasMessage("nope: no such catalog folder");
    }

    @Test
    void aFolderWithoutCatalogBlockSaysSo() throws IOException {
        Path dir = folder("x.yaml", "levels: [{id: city}]\n");
        assertThat(problems(dir).getMessage()).contains("no 'catalog:' block in any file");
    }

    @Test
    void anAliasBombIsStoppedByTheAliasLimit() throws IOException {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int i = 0; i < 12; i++) {
            String n = "b" + i;
            y.append(n).append(": &").append(n).append(" [");
            for (int k = 0; k < 10; k++) y.append(k == 0 ? "" : ", ").append('*').append(prev);
            y.append("]\n");
            prev = n;
        }
        var e = problems(folder("bomb.yaml", y.toString()));
        assertThat(e.getMessage()).startsWith("cat/bomb.yaml:").contains("alias");
    }
}
