package id.newsroom.media.storage;

/**
 * Blob names. Width variants depend only on the bytes, so every revision shares them; crops depend on the focal
 * point, so each revision has its own.
 */
public final class BlobKeys {

    private BlobKeys() {}

    public static String original(String sha256) {
        return "originals/" + sha256;
    }

    public static String width(String sha256, String variant, String format) {
        return "variants/" + sha256 + "/" + variant + "." + format;
    }

    public static String crop(String sha256, String rev, String variant, String format) {
        return "variants/" + sha256 + "/" + rev + "/" + variant + "." + format;
    }
}
