package id.newsroom.feed.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import org.springframework.http.MediaType;

/** A fully rendered representation with its strong validator: the ETag is a hash of exactly these bytes. */
public record Rendered(byte[] body, MediaType type, String etag, Instant lastModified) {

    public static Rendered of(byte[] body, MediaType type, Instant lastModified) {
        return new Rendered(body, type, strongEtag(body), lastModified);
    }

    static String strongEtag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
