package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Limit options are checked where they are read (issue 14: `--max-file-bytes -1` was accepted, `abc` "not a long"). */
class LimitOptionsTest {

    @Test
    void aSizeMustBeAtLeastOneByteAndMayHaveAUnit() {
        for (String bad : new String[] {"-1", "0", "abc", "10X"}) {
            RunAccess r = RunAccess.of("check", "--max-file-bytes", bad);
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("Invalid value for option '--max-file-bytes': expected a size of at"
                    + " least 1 byte (like 200, 64k, 10M or 1G), got '" + bad + "'").doesNotContain("long");
        }
        assertThat(RunAccess.of("check", "--max-file-bytes", "10M").exit()).isZero();
        RunAccess small = RunAccess.of("check", "--max-file-bytes", "1k");
        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.err()).contains("over the limit of 1024 bytes");
    }

    @Test
    void countsMustBeWholeNumbersAndAliasesMayBeZero() {
        for (String[] args : new String[][] {{"check", "--max-yaml-depth", "0"}, {"check", "--rule-timeout", "-5"},
                {"check", "--max-firings-per-item", "x"}, {"import", "x.csv", "--out", "o", "--max-rows", "0"},
                {"check", "--max-yaml-aliases", "-1"}}) {
            RunAccess r = RunAccess.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains("expected a whole number of at least");
        }
        assertThat(RunAccess.of("check", "--max-yaml-aliases", "0").exit()).isZero();
    }
}
