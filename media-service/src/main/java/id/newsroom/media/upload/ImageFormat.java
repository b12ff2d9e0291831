package id.newsroom.media.upload;

/** The originals accepted, named as in the Media JSON's {@code format}. */
public enum ImageFormat {
    JPEG("jpeg", "jpg"), PNG("png", "png"), GIF("gif", "gif"), WEBP("webp", "webp");

    private final String json;
    private final String extension;

    ImageFormat(String json, String extension) {
        this.json = json;
        this.extension = extension;
    }

    public String json() {
        return json;
    }

    public String extension() {
        return extension;
    }

    public static ImageFormat fromJson(String name) {
        for (ImageFormat f : values()) {
            if (f.json.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
