package id.newsroom.article.imports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic ids for imported articles: a UUIDv7 whose time part is the publication time (so imported articles sort
 * among the others by age) and whose random bits are a hash of the external id. Re-running an import, even one killed
 * half-way, therefore addresses the same {@code _id}: idempotency is an {@code _id} equality that every MongoDB serves.
 */
final class ImportIds {

    private ImportIds() {}

    static String articleId(String externalId, Instant time) {
        byte[] h = sha256(externalId);
        ByteBuffer bits = ByteBuffer.wrap(h);
        long ms = time == null ? 0 : Math.max(0, time.toEpochMilli()) & 0xFFFFFFFFFFFFL;
        long msb = (ms << 16) | (0x7L << 12) | (bits.getShort() & 0xFFFL);
        long lsb = (bits.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** A fingerprint of what a line asked for: equal fingerprints mean "nothing to change". */
    static String fingerprint(String canonicalJson) {
        return HexFormat.of().formatHex(sha256(canonicalJson));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
