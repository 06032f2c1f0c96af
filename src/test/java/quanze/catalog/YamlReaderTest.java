package quanze.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import quanze.model.InputException;

/** The YAML reader: places, scalars, anchors, limits, encodings, and no objects built from tags. */
class YamlReaderTest {

    private static Node read(byte[] bytes) throws InputException {
        return new YamlReader().read(new ByteArrayInputStream(bytes), "f.yaml", null);
    }

    private static Node read(String yaml) throws InputException {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static InputException fails(String yaml) {
        return catchThrowableOfType(InputException.class, () -> read(yaml));
    }

    @Test
    void everyValueKnowsItsLineAndColumn() throws Exception {
        var root = (Node.MapNode) read("a:\n  b: [1, x]\n");
        var b = (Node.MapNode) root.fields().get("a");
        var list = (Node.ListNode) b.fields().get("b");
        assertThat(list.items().get(1).at().toString()).isEqualTo("f.yaml:2:10");
        assertThat(b.keys().get("b").toString()).isEqualTo("f.yaml:2:3");
    }

    @Test
    void plainScalarsFollowTheYaml12CoreSchemaAndQuotedOnesAreStrings() throws Exception {
        var m = (Node.MapNode) read("a: 41\nb: \"41\"\nc: true\nd: ~\ne: yes\nf: 1.5e3\ng: 12ab\n");
        assertThat(((Node.Scalar) m.fields().get("a")).kind()).isEqualTo(Node.Scalar.Kind.NUMBER);
        assertThat(((Node.Scalar) m.fields().get("b")).kind()).isEqualTo(Node.Scalar.Kind.STRING);
        assertThat(((Node.Scalar) m.fields().get("c")).kind()).isEqualTo(Node.Scalar.Kind.BOOLEAN);
        assertThat(((Node.Scalar) m.fields().get("d")).kind()).isEqualTo(Node.Scalar.Kind.NULL);
        assertThat(((Node.Scalar) m.fields().get("e")).kind()).isEqualTo(Node.Scalar.Kind.STRING);
        assertThat(((Node.Scalar) m.fields().get("f")).kind()).isEqualTo(Node.Scalar.Kind.NUMBER);
        assertThat(((Node.Scalar) m.fields().get("g")).kind()).isEqualTo(Node.Scalar.Kind.STRING);
    }

    @Test
    void anAliasStandsForItsAnchoredValue() throws Exception {
        var m = (Node.MapNode) read("a: &r [受理責任, 審查責任]\nb: *r\n");
        assertThat(m.fields().get("b")).isSameAs(m.fields().get("a"));
    }

    @Test
    void aMergeKeyCopiesTheFieldsNotGivenHere() throws Exception {
        var m = (Node.MapNode) read("a: &base {x: 1, y: 2}\nb: {<<: *base, y: 3}\n");
        var b = (Node.MapNode) m.fields().get("b");
        assertThat(b.fields().keySet()).containsExactlyInAnyOrder("x", "y");
        assertThat(((Node.Scalar) b.fields().get("y")).text()).isEqualTo("3");
    }

    @Test
    void aListOrMappingAsAKeyIsAProblemAndTheRestIsStillRead() {
        // found by CatalogFuzzTest: a collection key used to desynchronise the reader (ClassCastException)
        var e = fails("a: 1\n? [x, y]\n: 2\n{k: v}: 3\nb: [\n");
        assertThat(e.problems()).extracting(Object::toString).startsWith(
                "f.yaml:2:3: a mapping key must be a plain name, found a list or mapping",
                "f.yaml:4:1: a mapping key must be a plain name, found a list or mapping");
    }

    @Test
    void aTagOnAKeyAndATagThatDoesNotFitItsValueAreProblems() {
        var e = fails("!!javax.script.ScriptEngineManager a: 1\nb: !!bool yes\nc: !!int 12\n");
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "f.yaml:1:1: unsupported YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' on the key 'a'"
                        + " (tags are not read)",
                "f.yaml:2:4: 'yes' is not a valid !!bool (YAML 1.2 core schema: true or false)");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        var e = fails("a: 1\nb: \"never closed\nc: 2\n");
        assertThat(e.problems().get(0).toString()).startsWith("f.yaml:2:4: invalid YAML: while scanning a quoted scalar");
    }

    @Test
    void anAliasWithoutAnchorIsAProblem() {
        assertThat(fails("b: *nothing\n").getMessage()).contains("alias '*nothing' names no anchor");
    }

    @Test
    void aTagThatWouldBuildAJavaObjectIsRefusedAndNothingIsBuilt() {
        var e = fails("a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        assertThat(e.getMessage()).contains("unsupported YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager'");
    }

    @Test
    void aByteOrderMarkIsReadAndOtherEncodingsAreNamed() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "a: 城鄉規劃法\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(((Node.Scalar) ((Node.MapNode) read(withBom)).fields().get("a")).text()).isEqualTo("城鄉規劃法");
        var e = catchThrowableOfType(InputException.class, () -> read("a: 城鄉規劃法\n".getBytes(Charset.forName("GBK"))));
        assertThat(e.getMessage()).isEqualTo("f.yaml:1:1: not UTF-8 text (a GBK or Big5 file?): convert it with `iconv -f GBK -t UTF-8 f.yaml > f-utf8.yaml`, or save it as UTF-8");
    }

    @Test
    void nestingDeeperThanTheLimitStops() {
        assertThat(fails("a: " + "[".repeat(200) + "]".repeat(200) + "\n").getMessage()).contains("f.yaml:");
    }

    @Test
    void aSecondDocumentIsAProblem() {
        assertThat(fails("a: 1\n---\nb: 2\n").getMessage()).contains("a second YAML document");
    }

    @Test
    void anEmptyFileIsNothing() throws Exception {
        assertThat(read("")).isNull();
        assertThat(read("# only a comment\n")).isNull();
    }

    @Test
    void streamedListsHandTheirElementsOverOneByOne() throws Exception {
        List<String> seen = new ArrayList<>();
        YamlReader.Stream stream = new YamlReader.Stream() {
            @Override
            public boolean streams(List<String> path) {
                return path.equals(List.of("categories", "*", "items"));
            }

            @Override
            public void element(int owner, Node element) {
                seen.add(owner + ":" + ((Node.Scalar) ((Node.MapNode) element).fields().get("id")).text());
            }
        };
        var root = (Node.MapNode) new YamlReader().read(new ByteArrayInputStream(
                "categories:\n  - items: [{id: a}, {id: b}]\n  - items: [{id: c}]\n".getBytes(StandardCharsets.UTF_8)),
                "f.yaml", stream);
        assertThat(seen).containsExactly("0:a", "0:b", "1:c");
        var first = (Node.MapNode) ((Node.ListNode) root.fields().get("categories")).items().get(0);
        assertThat(((Node.ListNode) first.fields().get("items")).items()).isEmpty();
    }
}
