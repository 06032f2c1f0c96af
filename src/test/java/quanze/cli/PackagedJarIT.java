package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged jar and the launcher, run as a user runs them: a separate process, nothing on stderr. */
class PackagedJarIT {

    private record Proc(int exit, String out, String err) {
    }

    private static Proc run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Proc(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> jar(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquanze.home=.", "-jar", "target/quanze.jar"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void theJarChecksTheHuangshiCatalogFromItsPrecompiledRules() throws Exception {
        Proc p = run(jar("check"));
        assertThat(p.err()).isEmpty();
        assertThat(p.exit()).isZero();
        assertThat(p.out()).endsWith("23 approval items in 7 categories delegated\n"
                + "49 items: 41 delegated, 3 taken back by the district, 5 retained; 0 errors, 0 warnings\n");
    }

    @Test
    void theJarExitsOneOnTheBeforeReformList() throws Exception {
        Proc p = run(jar("check", "catalog/examples/before-reform", "--format", "json"));
        assertThat(p.exit()).isEqualTo(1);
        assertThat(p.err()).isEmpty();
        assertThat(p.out()).contains("\"code\" : \"QZ108\"");
    }

    @Test
    void theShippedRulesPassTheirLintAndTheirScenarios() throws Exception {
        Proc lint = run(jar("lint"));
        assertThat(lint.exit()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.out()).endsWith("Rule base clean. 0 errors, 0 warnings\n");
        Proc test = run(jar("test"));
        assertThat(test.exit()).as(test.out()).isZero();
        assertThat(test.out()).containsPattern("\\d+ passed, 0 failed\n$");
    }

    @Test
    void theLauncherRunsTheJar() throws Exception {
        Proc p = run(List.of("bash", "./quanze", "explain", "finance.procurement-method-change"));
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).contains("政府采購法");
    }

    /** The workbench from the shaded jar: Jetty's parts are found through their merged service files. */
    @Test
    void theJarServesTheWorkbenchAndStopsOnATerm() throws Exception {
        Path err = java.nio.file.Files.createTempFile("quanze-serve", ".err");
        Process p = new ProcessBuilder(jar("serve", "--port", "0")).directory(Path.of("").toAbsolutePath().toFile())
                .redirectError(err.toFile()).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).as("what serve prints first").isNotNull()
                    .startsWith("quanze serve: the workbench of catalog/huangshi is at http://127.0.0.1:");
            String url = first.replaceAll(".* is at (\\S+) .*", "$1");
            var client = java.net.http.HttpClient.newHttpClient();
            var state = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/state")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(state.statusCode()).isEqualTo(200);
            assertThat(state.body()).contains("\"catalog\":\"catalog/huangshi\"", "coal-safety-stays-city.yaml");
            var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("quanze what-if workbench").doesNotContain("{{token}}");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(java.nio.file.Files.readString(err)).isEmpty();
    }
}
