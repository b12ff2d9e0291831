package id.newsroom.media.storage;

/**
 * Blob names. The original and the master are per bytes. Width variants depend only on the bytes, so every revision shares them; crops depend on the focal
 * point, so each revision has its own.
 */
public final class BlobKeys {

    private BlobKeys() {}

    public static String original(String sha256) {
        return "originals/" + sha256;
    }

    /**
     * The decoded picture every variant is made from (upright, sRGB, at most 2048 wide): a JPEG (Q92) for a JPEG
     * original, a PNG for the others (they may have alpha).
     */
    public static String master(String sha256, String originalFormat) {
        return "masters/" + sha256 + "." + masterExtension(originalFormat);
    }

    /** {@code jpg} for a JPEG original ({@code jpeg} in the media JSON), {@code png} otherwise. */
    public static String masterExtension(String originalFormat) {
        return "jpeg".equals(originalFormat) ? "jpg" : "png";
    }

    public static String width(String sha256, String variant, String format) {
        return "variants/" + sha256 + "/" + variant + "." + format;
    }

    public static String crop(String sha256, String rev, String variant, String format) {
        return "variants/" + sha256 + "/" + rev + "/" + variant + "." + format;
    }
}
