package id.newsroom.media.catalog;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered ids (UUIDv7, RFC 9562): newer media sort after older ones. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String uuidV7() {
        long ms = System.currentTimeMillis();
        long msb = (ms << 16) | (0x7L << 12) | (RANDOM.nextInt() & 0xFFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
