package id.newsroom.article.preview;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed, expiring preview tokens: {@code base64url(articleId~mode~expiry).base64url(HMAC-SHA256)}. Only this service
 * makes and checks them, so the key never leaves it.
 */
@Component
public class PreviewTokens {

    /** What a token grants: one article, its working copy or its live state, until {@code expiresAt}. */
    public record Grant(String articleId, boolean workingCopy, Instant expiresAt) {}

    /** The token is not one this service signed (or is malformed). */
    static final class Forged extends RuntimeException {
        Forged() {
            super("preview token not signed here", null, false, false);
        }
    }

    static final int MIN_SECRET_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    public PreviewTokens(PreviewProperties properties) {
        byte[] secret;
        if (properties.secret() == null || properties.secret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.secret().getBytes(StandardCharsets.UTF_8);
            // A guessable key (a placeholder left in a manifest) would let anyone forge a link to any draft.
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("article.preview.secret (PREVIEW_SECRET) has " + secret.length
                        + " bytes; it needs at least " + MIN_SECRET_BYTES
                        + " random ones, e.g. openssl rand -base64 48");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String sign(Grant grant) {
        String payload = grant.articleId() + "~" + (grant.workingCopy() ? "w" : "l") + "~"
                + grant.expiresAt().getEpochSecond();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The grant of a token this service signed (expired or not); {@link Forged} otherwise. */
    Grant verify(String token) {
        try {
            int dot = token.indexOf('.');
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                throw new Forged();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("~");
            return new Grant(parts[0], "w".equals(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Forged();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
