package id.newsroom.article.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.newsroom.article.outbox.PendingEvent;
import id.newsroom.infra.contract.ArticleEventContract;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The executable contract on the producer's side: every event article-service writes, for every change of an article
 * in every state it can be in (without image, with an external one or a media, imported or written here, with or
 * without search-engine wording, at the length limits), conforms to
 * contracts/article-event.schema.json. The integration tests check the events on the topic the same way.
 */
class ArticleEventsContractTest {

    private static final ArticleEventContract CONTRACT = ArticleEventContract.load();
    private final ArticleEvents events = new ArticleEvents(
            new DefaultListableBeanFactory().getBeanProvider(Tracer.class));

    @Test
    void everyEventWrittenConformsToTheSchema() {
        Random random = new Random(5);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Status status = Status.values()[random.nextInt(Status.values().length)];
            ChangeKind change = changeInto(status, random);
            PendingEvent event = events.pending(article(status, random), change);
            assertThat(event.type()).isEqualTo(change.eventType());
            written.add(event.payload());
        }
        for (String payload : written) {
            assertThat(CONTRACT.violations(payload)).as(payload).isEmpty();
        }
        assertThat(written).anyMatch(p -> p.contains("\"legacy\"")).anyMatch(p -> p.contains("\"image\":null"))
                .anyMatch(p -> p.contains("\"mediaId\"") && p.contains("\"urlPattern\""))
                .anyMatch(p -> p.contains("\"seo\":{\"title\":null"));
    }

    /** A change that can leave an article in {@code status}. */
    private static ChangeKind changeInto(Status status, Random random) {
        List<ChangeKind> changes = switch (status) {
            case DRAFT -> List.of(ChangeKind.CREATED, ChangeKind.EDITED);
            case SCHEDULED ->
                List.of(ChangeKind.SCHEDULED, ChangeKind.RESCHEDULED, ChangeKind.EDITED, ChangeKind.CREATED);
            case PUBLISHED -> List.of(ChangeKind.PUBLISHED, ChangeKind.EDITED, ChangeKind.CREATED);
            case UNPUBLISHED -> List.of(ChangeKind.UNPUBLISHED, ChangeKind.EDITED);
            case DELETED -> List.of(ChangeKind.DELETED);
        };
        return changes.get(random.nextInt(changes.size()));
    }

    /** A media of media-service, as MediaImages fills it in (alt, caption and credit may be absent). */
    private static Article.Image mediaImage(Random random) {
        String id = Ids.uuidV7();
        String pattern = "http://127.0.0.1:8084/media/" + id + "/3f9a02c41b/{variant}.{format}";
        List<Integer> widths = random.nextBoolean() ? List.of(320, 640, 960, 1280, 1600, 2048) : List.of(320);
        String variant = widths.contains(1280) ? "w1280" : "w320";
        return new Article.Image(pattern.replace("{variant}", variant).replace("{format}", "jpg"),
                random.nextBoolean() ? "Suasana pelatihan" : null, random.nextBoolean() ? "Foto: Humas" : null, id,
                random.nextBoolean() ? "Peserta pelatihan di aula" : null, 200 + random.nextInt(4000),
                200 + random.nextInt(4000), widths, pattern);
    }

    private static Article article(Status status, Random random) {
        Instant now = Instant.parse("2026-11-02T03:00:00Z").plusSeconds(random.nextInt(1_000_000));
        boolean everPublished = status == Status.PUBLISHED || (status != Status.DRAFT && random.nextBoolean());
        boolean atLimits = random.nextInt(5) == 0;
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < (atLimits ? 20 : random.nextInt(4)); t++) {
            tags.add(atLimits ? ("tag" + t + "-").repeat(10).substring(0, 50) : "tag" + t);
        }
        Article.Image image = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new Article.Image("https://cdn.example.id/img/" + random.nextInt(1000) + ".jpg", null, null);
            case 2 -> new Article.Image("https://cdn.example.id/img/a.jpg", "Suasana pelatihan", "Foto: Humas");
            default -> mediaImage(random);
        };
        Article.Legacy legacy = random.nextInt(4) == 0
                ? new Article.Legacy(1L + random.nextInt(90_000),
                        "https://www.tangerangnews.com/lama-" + random.nextInt(99) + "/")
                : null;
        return new Article(Ids.uuidV7(), 1 + random.nextInt(50), status,
                atLimits ? "a".repeat(250) : "berita-nomor-" + random.nextInt(1000),
                atLimits ? "J".repeat(200) : "Judul Berita " + random.nextInt(1000),
                atLimits ? "r".repeat(500) : "", "<p>Isi</p>", new Article.Category("pemerintahan", "Pemerintahan"),
                tags, new Article.Author("editor", "Redaksi"), image, everPublished ? now.minusSeconds(3600) : null,
                now,
                status == Status.SCHEDULED ? now.plusSeconds(86_400) : null, now.minusSeconds(7200), legacy,
                switch (random.nextInt(4)) {
                    case 0 -> new Article.Seo(atLimits ? "S".repeat(120) : "Judul SEO", atLimits
                            ? "d".repeat(300)
                            : "Deskripsi untuk mesin pencari.");
                    case 1 -> new Article.Seo(null, "Hanya deskripsi.");
                    default -> null;
                });
    }
}
