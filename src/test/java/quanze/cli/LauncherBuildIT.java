package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first build says what it is doing (issue 14: ~28 s with one line of output). Maven is replaced by a
 * stand-in that prints what Maven prints and puts the real jar in place, so the test takes seconds, not a build.
 */
class LauncherBuildIT {

    @TempDir
    Path tmp;

    private Path home() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("rules"));
        Files.createDirectories(home.resolve("catalog/statutes"));
        Files.copy(Path.of("quanze"), home.resolve("quanze"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        return home;
    }

    private Path fakeMaven(String body) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private record Proc(int exit, String out, String err) {
    }

    private Proc launch(Path home, Path bin, String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(java.util.List.of("bash", home.resolve("quanze").toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("QUANZE_NO_CDS", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Proc(p.exitValue(), out, err);
    }

    @Test
    void aFirstBuildNamesEachStepAndHowLongItTook() throws Exception {
        Path home = home();
        Path jar = Path.of("target/quanze.jar").toAbsolutePath();
        Path bin = fakeMaven("""
                echo '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/x.pom'
                echo '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/y.pom'
                echo '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ quanze ---'
                echo '[INFO] --- kie-maven-plugin:10.1.0:build (executable-model) @ quanze ---'
                echo '[INFO] Generating quanze.rules.P3E.LambdaExtractor3E10606'
                echo '[INFO] --- maven-shade-plugin:3.6.0:shade (default) @ quanze ---'
                mkdir -p target && cp '%s' target/quanze.jar
                """.formatted(jar));
        Proc p = launch(home, bin, "--version");
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).startsWith("quanze ");
        assertThat(p.err().lines().toList()).containsExactly(
                "quanze: building target/quanze.jar (first run, or the sources changed: about half a minute; Maven's log"
                        + " in target/build.log)",
                "quanze:   downloading Maven's plugins and libraries (first build on this machine)",
                "quanze:   compiling the Java sources",
                "quanze:   compiling the rules (rules/*.drl) into Drools' executable model",
                "quanze:   packaging the jar with its libraries",
                p.err().lines().toList().get(5));
        assertThat(p.err().lines().toList().get(5)).matches("quanze: built target/quanze.jar in \\d+ s");
        assertThat(Files.readString(home.resolve("target/build.log"))).contains("Generating quanze.rules");
        // built: the next run says nothing of a build
        assertThat(launch(home, bin, "--version").err()).isEmpty();
    }

    @Test
    void aFailedBuildShowsMavensErrorsAndExitsThree() throws Exception {
        Path home = home();
        Path bin = fakeMaven("""
                echo '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ quanze ---'
                echo '[ERROR] /src/main/java/quanze/X.java:[3,1] class, interface, enum, or record expected'
                exit 1
                """);
        Proc p = launch(home, bin, "check");
        assertThat(p.exit()).isEqualTo(3);
        assertThat(p.err()).contains("[ERROR] /src/main/java/quanze/X.java:[3,1]")
                .endsWith("quanze: build failed (the whole log: target/build.log)\n");
    }
}
