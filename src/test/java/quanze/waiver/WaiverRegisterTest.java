package quanze.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quanze.support.TestCatalog;

/** The waiver register, through {@code quanze check}. */
class WaiverRegisterTest {

    @TempDir
    Path tmp;

    private Path catalogWithWarning() {
        return new TestCatalog().approvals(TestCatalog.with(TestCatalog.approval("a"), "accountability", List.of()))
                .write(tmp);
    }

    private static String waiver(String item, String code, String expires) {
        return "- item: " + item + "\n  code: " + code + "\n  reason: Accepted while the list is revised\n"
                + "  approvedBy: 市法制辦\n  approvedOn: 2025-01-01\n  expires: " + expires + "\n";
    }

    private static quanze.cli.RunAccess run(String... args) {
        return quanze.cli.RunAccess.of(args);
    }

    @Test
    void aMatchingWaiverIsShownAndDoesNotFailTheRun() throws Exception {
        Path dir = catalogWithWarning();
        Files.writeString(dir.resolve("waivers.yaml"), waiver("a", "QZ107", "2030-12-31"));
        var r = run("check", dir.toString(), "--fail-on", "warning", "--as-of", "2026-01-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("waived warning QZ107 a:")
                .contains("waived: Accepted while the list is revised (approved by 市法制辦 on 2025-01-01, until 2030-12-31)")
                .contains("0 errors, 0 warnings, 1 waived");
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndIsReported() throws Exception {
        Path dir = catalogWithWarning();
        Files.writeString(dir.resolve("waivers.yaml"), waiver("a", "QZ107", "2026-12-31"));
        var r = run("check", dir.toString(), "--fail-on", "warning", "--as-of", "2027-01-01");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("warning QZ107 a:").contains("waivers.yaml:1:3: warning QZ120 a:")
                .contains("expired on 2026-12-31");
    }

    @Test
    void aWaiverThatMatchesNothingIsReported() throws Exception {
        Path dir = catalogWithWarning();
        Files.writeString(dir.resolve("waivers.yaml"), waiver("a", "QZ107", "2030-12-31") + waiver("b", "QZ101", "2030-12-31"));
        var r = run("check", dir.toString(), "--as-of", "2026-01-01");
        assertThat(r.out()).contains("warning QZ121 b: the waiver of QZ101 for 'b' matches no finding: the catalog has"
                + " no item 'b'");
    }

    @Test
    void aWaiverNamingAnItemThatIsNotThereSaysSoAndNamesTheNearestItem() throws Exception {
        // issue 14: a misspelt item said only "matches no finding"
        Path dir = catalogWithWarning();
        Files.writeString(dir.resolve("waivers.yaml"), waiver("a", "QZ107", "2030-12-31") + waiver("a", "QZ101", "2030-12-31"));
        var r = run("check", dir.toString(), "--as-of", "2026-01-01");
        assertThat(r.out()).contains("the waiver of QZ101 for 'a' matches no finding\n");
        Files.writeString(dir.resolve("waivers.yaml"), waiver("a", "QZ107", "2030-12-31") + waiver("ab", "QZ107", "2030-12-31"));
        r = run("check", dir.toString(), "--as-of", "2026-01-01");
        assertThat(r.out()).contains("the waiver of QZ107 for 'ab' matches no finding: the catalog has no item 'ab';"
                + " did you mean 'a'?");
    }

    @Test
    void aWaiverWithoutReasonOrApproverIsAnInputError() throws Exception {
        Path dir = catalogWithWarning();
        Path register = tmp.resolve("register.yaml");
        Files.writeString(register, "- item: a\n  code: QZ107\n  approvedOn: 2025-13-01\n");
        var r = run("check", dir.toString(), "--waivers", register.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("register.yaml:1:3: a waiver needs 'reason': why the exception is accepted"
                        + " (no exception without a reason)")
                .contains("a waiver needs 'approvedBy'")
                .contains("'approvedOn' must be a date YYYY-MM-DD that exists, found the string '2025-13-01'");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedAtItsValueAndAMisspeltOneGetsASuggestion() throws Exception {
        Path dir = catalogWithWarning();
        Path register = tmp.resolve("register.yaml");
        Files.writeString(register, """
                - item: [a]
                  code: QZ107
                  reason: Accepted while the list is revised
                  approvedBy: {name: 市法制辦}
                  expiers: 2030-12-31
                  approvedOn: [2025-01-01]
                  expires:
                """);
        var r = run("check", dir.toString(), "--waivers", register.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                register + ":1:9: 'item' must be an item id, found a list",
                register + ":4:15: 'approvedBy' must be the office that approved it, found a mapping",
                register + ":5:3: unknown field 'expiers' in a waiver; did you mean 'expires'? (expected one of: item,"
                        + " code, reason, approvedBy, approvedOn, expires, note)",
                register + ":6:15: 'approvedOn' must be a date YYYY-MM-DD, found a list",
                register + ":7:11: 'expires' must be a date YYYY-MM-DD, found an empty value",
                "5 problems in the input; nothing was checked.");
    }
}
