package id.newsroom.article.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.newsroom.article.security.StaffMember;

/**
 * One committed change: who, when, what (the names of the fields that changed) and, for an unpublication, why. The
 * content of the version is kept apart ({@link RevisionSnapshots}).
 */
public record Revision(long version, String change, Instant at, Article.Author by, List<String> fields,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    public Revision(long version, String change, Instant at, Article.Author by, List<String> fields) {
        this(version, change, at, by, fields, null);
    }

    static final List<String> ALL_FIELDS = List.of("title", "summary", "body", "category", "tags", "author", "image",
            "slug", "status");

    static Revision of(Article written, ChangeKind kind, StaffMember who, List<String> fields) {
        return new Revision(written.version(), kind.value(), written.updatedAt(),
                new Article.Author(who.id(), who.name()),
                fields, null);
    }

    Revision because(String why) {
        return new Revision(version, change, at, by, fields, why);
    }

    /** The names of the fields that differ between two states of one article. */
    static List<String> changedFields(Article a, Article b) {
        List<String> fields = new ArrayList<>();
        diff(fields, "status", a.status(), b.status());
        diff(fields, "slug", a.slug(), b.slug());
        diff(fields, "title", a.title(), b.title());
        diff(fields, "summary", a.summary(), b.summary());
        diff(fields, "body", a.body(), b.body());
        diff(fields, "category", a.category(), b.category());
        diff(fields, "tags", a.tags(), b.tags());
        diff(fields, "author", a.author(), b.author());
        diff(fields, "image", a.image(), b.image());
        diff(fields, "seo", a.seo(), b.seo());
        diff(fields, "publishedAt", a.publishedAt(), b.publishedAt());
        diff(fields, "scheduledAt", a.scheduledAt(), b.scheduledAt());
        return fields;
    }

    private static void diff(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }
}
