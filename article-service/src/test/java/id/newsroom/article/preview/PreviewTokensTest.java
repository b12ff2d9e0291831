package id.newsroom.article.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PreviewTokensTest {

    private final PreviewTokens tokens = new PreviewTokens(new PreviewProperties("http://situs", Duration.ofHours(1),
            "rahasia-uji-yang-cukup-panjang-32b"));
    private final PreviewTokens.Grant grant = new PreviewTokens.Grant("0193a1b2-0000-7000-8000-000000000001", true,
            Instant.parse("2026-12-07T15:00:00Z"));

    @Test
    void aTokenCarriesItsGrant() {
        String token = tokens.sign(grant);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.verify(token)).isEqualTo(grant);
        PreviewTokens.Grant live = new PreviewTokens.Grant(grant.articleId(), false, grant.expiresAt());
        assertThat(tokens.verify(tokens.sign(live)).workingCopy()).isFalse();
    }

    @Test
    void aChangedGrantOrAnotherKeyIsRefused() {
        String token = tokens.sign(grant);
        String longer = tokens.sign(new PreviewTokens.Grant(grant.articleId(), true, grant.expiresAt().plusSeconds(9)));
        String spliced = longer.substring(0, longer.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThatThrownBy(() -> tokens.verify(spliced)).isInstanceOf(PreviewTokens.Forged.class);
        PreviewTokens other = new PreviewTokens(new PreviewProperties("http://situs", Duration.ofHours(1), null));
        assertThatThrownBy(() -> other.verify(token)).isInstanceOf(PreviewTokens.Forged.class);
        for (String junk : new String[]{"", ".", "abc", "a.b", "!!.!!", token + "x"}) {
            assertThatThrownBy(() -> tokens.verify(junk)).as(junk).isInstanceOf(PreviewTokens.Forged.class);
        }
    }

    @Test
    void aShortConfiguredSecretStopsTheService() {
        assertThatThrownBy(() -> new PreviewTokens(new PreviewProperties("http://situs", Duration.ofHours(1),
                "CHANGE-ME"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void withoutAConfiguredSecretEachStartHasItsOwnKey() {
        PreviewTokens a = new PreviewTokens(new PreviewProperties("http://situs", Duration.ofHours(1), ""));
        PreviewTokens b = new PreviewTokens(new PreviewProperties("http://situs", Duration.ofHours(1), ""));
        assertThat(a.sign(grant)).isNotEqualTo(b.sign(grant));
        assertThat(a.verify(a.sign(grant))).isEqualTo(grant);
    }
}
