package quanze.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one did-you-mean: near names suggested, far ones and finding codes two keystrokes away not. */
class DidYouMeanTest {

    @Test
    void aNearNameIsSuggested() {
        assertThat(DidYouMean.of("distrct", List.of("city", "district", "street"))).isEqualTo("; did you mean 'district'?");
        assertThat(DidYouMean.of("chek", List.of("check", "explain"))).isEqualTo("; did you mean 'check'?");
        assertThat(DidYouMean.of("decl", List.of("declared", "basis"))).isEqualTo("; did you mean 'declared'?");
        assertThat(DidYouMean.of("licence", List.of("licensing", "penalty"))).isEqualTo("; did you mean 'licensing'?");
    }

    @Test
    void aSharedStartAloneIsNoSuggestion() {
        assertThat(DidYouMean.of("city-coal-bureau", List.of("city-culture", "city-safety"))).isEmpty();
        assertThat(DidYouMean.of("xyz", List.of("check"))).isEmpty();
    }

    @Test
    void aFindingCodeIsSuggestedOnlyOneKeystrokeAway() {
        assertThat(DidYouMean.of("QZ11", List.of("QZ101", "QZ113"))).isEqualTo("; did you mean 'QZ101'?");
        assertThat(DidYouMean.of("QZ199", List.of("QZ101", "QZ113"))).isEmpty();
    }
}
