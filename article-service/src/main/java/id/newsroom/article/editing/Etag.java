package id.newsroom.article.editing;

/**
 * An article's entity tag: the event version, plus the working-copy revision while a working copy exists. The plain
 * {@code "<version>"} form of older clients matches exactly when there is no working copy.
 *
 * @param workingRevision null in the plain form
 */
public record Etag(long version, Long workingRevision) {

    static Etag of(ArticleView v) {
        return new Etag(v.article().version(), v.workingCopy() == null ? null : v.workingRevision());
    }

    public boolean matches(ArticleView v) {
        return equals(of(v));
    }

    /** {@code "3"}, {@code W/"3"}, {@code 3} or {@code "3.7"}; {@code *} and absence mean "no expectation" (null). */
    public static Etag parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            int dot = v.indexOf('.');
            return dot < 0
                    ? new Etag(Long.parseLong(v), null)
                    : new Etag(Long.parseLong(v.substring(0, dot)), Long.parseLong(v.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw ArticleProblems.unknownEtag(header);
        }
    }

    @Override
    public String toString() {
        return workingRevision == null ? Long.toString(version) : version + "." + workingRevision;
    }
}
