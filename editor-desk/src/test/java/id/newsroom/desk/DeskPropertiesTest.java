package id.newsroom.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeskPropertiesTest {

    private static DeskProperties.Identity withSecret(String secret) {
        return new DeskProperties.Identity("http://idp", "http://idp/auth", "http://idp/logout", "http://idp/token",
                "http://idp/keys", "newsroom-desk", secret, "roles");
    }

    @Test
    void aPlaceholderOrMissingClientSecretStopsTheDeskAtStart() {
        assertThatThrownBy(() -> withSecret("CHANGE-ME")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DESK_CLIENT_SECRET").hasMessageContaining("16");
        assertThatThrownBy(() -> withSecret(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(withSecret("newsroom-desk-secret").clientSecret()).isEqualTo("newsroom-desk-secret");
    }
}
