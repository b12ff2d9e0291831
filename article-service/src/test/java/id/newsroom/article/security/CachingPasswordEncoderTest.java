package id.newsroom.article.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachingPasswordEncoderTest {

    private final AtomicInteger bcryptRuns = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptRuns.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void aVerifiedPasswordIsNotCheckedWithBcryptAgainButAWrongOneAlwaysIs() {
        CachingPasswordEncoder encoder = new CachingPasswordEncoder(counting);
        String hash = bcrypt.encode("editor-pass");
        assertThat(encoder.matches("editor-pass", hash)).isTrue();
        assertThat(encoder.matches("editor-pass", hash)).isTrue();
        assertThat(bcryptRuns).hasValue(1);
        assertThat(encoder.matches("salah", hash)).isFalse();
        assertThat(encoder.matches("salah", hash)).isFalse();
        assertThat(bcryptRuns).hasValue(3);
        assertThat(encoder.matches("editor-pass", bcrypt.encode("lain"))).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }
}
