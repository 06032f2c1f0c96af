package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.catalog.CatalogReader;

/** The cache of compiled custom rule bases: keyed by content, safe against a damaged entry. */
class RuleCacheTest {

    @TempDir
    Path cache;

    private static Map<String, byte[]> rules() throws IOException {
        Map<String, byte[]> drl = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                drl.put("rules/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        return drl;
    }

    private static long findings(org.kie.api.KieBase kb) throws Exception {
        var catalog = new CatalogReader().read(Path.of("catalog/examples/before-reform"), "x");
        return new Engine(RuleBase.of(kb)).check(catalog).findings().size();
    }

    @Test
    void aSecondLoadOfTheSameRulesComesFromTheCache() throws Exception {
        RuleCache c = new RuleCache(cache);
        var drl = rules();
        long first = findings(c.load(drl));
        Path entry = cache.resolve(RuleCache.key(drl));
        assertThat(entry.resolve("rules.jar")).isRegularFile();
        long modified = Files.getLastModifiedTime(entry.resolve("rules.jar")).toMillis();
        Thread.sleep(20);
        assertThat(findings(c.load(drl))).isEqualTo(first).isPositive();
        assertThat(Files.getLastModifiedTime(entry.resolve("rules.jar")).toMillis()).isEqualTo(modified);
    }

    @Test
    void aDamagedEntryIsRebuilt() throws Exception {
        RuleCache c = new RuleCache(cache);
        var drl = rules();
        long expected = findings(c.load(drl));
        Path jar = cache.resolve(RuleCache.key(drl)).resolve("rules.jar");
        byte[] bytes = Files.readAllBytes(jar);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(jar, bytes);
        assertThat(findings(c.load(drl))).isEqualTo(expected);
        assertThat(Files.readAllBytes(jar)).isNotEqualTo(bytes);
    }

    @Test
    void changedRulesGetAnotherKey() throws Exception {
        var drl = rules();
        String before = RuleCache.key(drl);
        var changed = new LinkedHashMap<>(drl);
        changed.put("rules/extra.drl", "package quanze.rules;\n".getBytes());
        assertThat(RuleCache.key(changed)).isNotEqualTo(before);
    }
}
