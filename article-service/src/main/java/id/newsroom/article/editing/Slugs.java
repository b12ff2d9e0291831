package id.newsroom.article.editing;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Indonesian titles: ASCII, lower case, words joined by '-'. */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    /** What a slug looks like (the event contract's pattern). */
    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slugs() {}

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " dan ") // "Hukum & Kriminal" reads as "hukum-dan-kriminal"
                .replace("%", " persen ")
                .replaceAll("['’`]", "") // "Jum'at" -> "jumat", not "jum-at"
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            String cut = ascii.substring(0, MAX_LENGTH);
            int dash = cut.lastIndexOf('-');
            ascii = dash > 20 ? cut.substring(0, dash) : cut.replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "artikel" : ascii;
    }

    /** A variant for when the plain slug is taken by another article. */
    public static String withSuffix(String slug, String articleId, int attempt) {
        String tail = articleId.replace("-", "");
        String suffix = attempt <= 1 ? tail.substring(tail.length() - 6) : tail.substring(tail.length() - 12);
        return slug + "-" + suffix;
    }
}
