package quanze.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import quanze.catalog.YamlReader;
import quanze.engine.RuleBase;
import quanze.script.Lang;

/**
 * The hostile requests of {@code src/test/resources/hostile/requests/requests.yaml}, sent as raw HTTP to a workbench
 * on a copy of the corpus's base catalog: each gets its status and message as JSON, no stack trace, and leaves the
 * catalog and variants folders byte for byte as they were. Beside them: a good edit goes through (the server is not
 * refusing everything), and a burst of changes is slowed down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchRequestsTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Repeat(String text, int times) {
    }

    record Case(String why, String method, String path, String token, String host, String origin, String type,
                String body, Repeat repeat, int status, String message, Boolean byJetty) {
        @Override
        public String toString() {
            return why;
        }
    }

    record Manifest(List<Case> cases) {
    }

    Path dir;
    WorkbenchServer server;
    String token;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("quanze-requests").resolve("base");
        WorkbenchTest.copy(CORPUS.resolve("base"), dir);
        RuleBase rules = RuleBase.bundled();
        Workbench wb = Workbench.open(new Workbench.Config(dir, "base", dir.resolve("variants"), rules,
                Path.of("rules"), new YamlReader()));
        server = WorkbenchServer.start(wb, "127.0.0.1", 0, Lang.EN, rules.rules());
        token = server.token();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static Stream<Case> cases() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(CORPUS.resolve("requests/requests.yaml").toFile(), Manifest.class).cases().stream();
    }

    record Response(int status, String body) {
    }

    /** One request over a socket of its own, every header as given (a client library would not send a false Host). */
    private Response send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            try {
                if (body != null) out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer (413) and close before the whole body is sent
            }
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            int start = all.indexOf("\r\n\r\n");
            String rest = start < 0 ? "" : all.substring(start + 4);
            if (all.substring(0, Math.max(0, start)).toLowerCase().contains("transfer-encoding: chunked")) rest = dechunk(rest);
            return new Response(status, rest);
        }
    }

    private static String dechunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int eol = s.indexOf("\r\n", i);
            if (eol < 0) break;
            int n = Integer.parseInt(s.substring(i, eol).trim(), 16);
            if (n == 0) break;
            byte[] bytes = s.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            out.append(new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.UTF_8));
            i = eol + 2 + new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.UTF_8).length() + 2;
        }
        return out.toString();
    }

    private Map<String, String> headers(Case c) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Host", c.host() != null ? c.host().replace("PORT", String.valueOf(server.port()))
                : "127.0.0.1:" + server.port());
        if (c.origin() != null) h.put("Origin", c.origin());
        String t = c.token() == null ? "right" : c.token();
        switch (t) {
            case "right" -> h.put(WorkbenchServer.TOKEN_HEADER, token);
            case "wrong" -> h.put(WorkbenchServer.TOKEN_HEADER, "not-the-token");
            case "short" -> h.put(WorkbenchServer.TOKEN_HEADER, token.substring(0, token.length() - 1));
            default -> { }
        }
        if (c.body() != null || c.repeat() != null) h.put("Content-Type", c.type() != null ? c.type() : "application/json");
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileRequestIsRefusedWithAClearMessageAndNothingChanges(Case c) throws Exception {
        Map<String, String> before = hashes(dir);
        byte[] body = c.repeat() != null
                ? ("{\"op\": \"add\", \"item\": {\"note\": \"" + c.repeat().text().repeat(c.repeat().times()) + "\"}}")
                .getBytes(StandardCharsets.UTF_8)
                : c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8);
        Response r = send(c.method() == null ? "POST" : c.method(), c.path(), headers(c), body);
        assertThat(r.status()).as(r.body()).isEqualTo(c.status());
        if (!Boolean.TRUE.equals(c.byJetty())) {
            JsonNode json = JSON.readTree(r.body());
            assertThat(json.path("error").asText()).startsWith(c.message());
        }
        assertThat(r.body()).doesNotContainPattern("\\bat [\\w.$]+\\(|Exception\\b");
        assertThat(hashes(dir)).as("the catalog and variants folders").isEqualTo(before);
        assertThat(JSON.readTree(send("GET", "/api/state", Map.of("Host", "127.0.0.1:" + server.port()), null).body())
                .path("steps")).as("no edit was made").isEmpty();
    }

    @Test
    void aGoodEditGoesThroughAndABurstOfChangesIsSlowedDown() throws Exception {
        Map<String, String> h = Map.of("Host", "localhost:" + server.port(), "Content-Type", "application/json",
                WorkbenchServer.TOKEN_HEADER, token, "Origin", "http://localhost:" + server.port());
        byte[] edit = "{\"op\": \"item\", \"id\": \"planning.rural-construction-permit\", \"patch\": {\"floor\": \"city\"}}"
                .getBytes(StandardCharsets.UTF_8);
        Response ok = send("POST", "/api/edit", h, edit);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("steps")).hasSize(1);
        assertThat(send("POST", "/api/undo", h, "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        int refused = 0;
        for (int k = 0; k < WorkbenchServer.MAX_EDITS + 5; k++) {
            Response r = send("POST", "/api/undo", h, "{}".getBytes(StandardCharsets.UTF_8));
            if (r.status() == 429) {
                refused++;
                assertThat(JSON.readTree(r.body()).path("error").asText()).startsWith("more than 60 changes in 10 s");
            }
        }
        assertThat(refused).isPositive();
        Thread.sleep(WorkbenchServer.WINDOW_MS + 200);
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
