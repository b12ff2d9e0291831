package id.newsroom.desk.review;

import java.util.List;

import id.newsroom.desk.DeskUser;

/** The revisions of a story and, when two are chosen, their side-by-side comparison. */
public record RevisionsPage(DeskUser user, String id, String title, List<Row> rows, Long left, Long right,
        List<Field> fields, String error) {

    /** One revision: version, what changed, who, when (WIB). */
    public record Row(long version, String change, String by, String at, String fields) {}

    /** One compared field (title, summary, body as text) with both sides. */
    public record Field(String label, WordDiff.Sides sides) {}
}
