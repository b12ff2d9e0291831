package id.newsroom.media.upload;

import id.newsroom.defaults.problem.ClientProblem;

/** The texts that travel with a picture; each optional, each bounded. */
public record Description(String alt, String caption, String credit) {

    public static final int MAX_ALT = 500;
    public static final int MAX_CAPTION = 2000;
    public static final int MAX_CREDIT = 200;

    public Description {
        alt = checked("alt", alt, MAX_ALT);
        caption = checked("caption", caption, MAX_CAPTION);
        credit = checked("credit", credit, MAX_CREDIT);
    }

    private static String checked(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ClientProblem.invalid(field, "at most " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }
}
