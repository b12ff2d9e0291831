package id.newsroom.media.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of milliseconds of CPU (hundreds on
 * a busy machine). Successful checks are remembered for a few minutes as a salted SHA-256 of (password, hash), so a
 * client making many calls pays bcrypt once. Failures are never cached; a changed hash misses the cache.
 */
class CachingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final byte[] salt = new byte[16];
    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    CachingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = key(rawPassword, encodedPassword);
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean ok = delegate.matches(rawPassword, encodedPassword);
        if (ok) {
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return false;
    }

    private String key(CharSequence raw, String encoded) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
