package id.newsroom.media.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.newsroom.media.catalog.Ids;
import id.newsroom.media.catalog.Media;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.support.MediaEventSchema;
import id.newsroom.media.variants.FocalPoint;
import id.newsroom.media.variants.Variants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The producer's side of contracts/media-event.schema.json: every event media-service writes, for media of every
 * size and description (none, at the length limits), conforms; and the schema's own examples do.
 */
class MediaEventsContractTest {

    private final MediaEvents events = new MediaEvents(new Binder(new MapConfigurationPropertySource(
            java.util.Map.of("media.public-url", "https://media.newsroom.id/"))).bindOrCreate("media",
                    MediaProperties.class));

    @Test
    void everyEventWrittenConformsToTheSchema() {
        Random random = new Random(22);
        for (int i = 0; i < 300; i++) {
            int width = 1 + random.nextInt(8000);
            int height = 1 + random.nextInt(8000);
            boolean limits = random.nextInt(4) == 0;
            boolean none = random.nextInt(4) == 0;
            FocalPoint focus = new FocalPoint(random.nextInt(101) / 100.0, random.nextInt(101) / 100.0);
            String sha = Long.toHexString(random.nextLong()).repeat(4);
            Instant created = Instant.parse("2026-12-07T01:00:00Z").plusMillis(random.nextInt(1_000_000_000));
            Media m = new Media(Ids.uuidV7(), 1 + random.nextInt(40), Media.revision(sha, focus), List.of(), sha,
                    width, height, "jpeg", 1000, none ? null : limits ? "a".repeat(500) : "Alt",
                    none ? null : limits ? "c".repeat(2000) : "Keterangan", none
                            ? null
                            : limits
                                    ? "k".repeat(200)
                                    : "Foto: Humas",
                    focus, Variants.widthsFor(width), null, created, created.plusSeconds(random.nextInt(99)),
                    Map.of());
            PendingEvent event = events.pending(m, random.nextBoolean() ? MediaEvents.CREATED : MediaEvents.UPDATED);
            assertThat(MediaEventSchema.violations(event.payload())).as(event.payload()).isEmpty();
            assertThat(event.subject()).isEqualTo(m.id());
        }
    }

    @Test
    void theSchemasExamplesConformAndBrokenEventsDoNot() {
        assertThat(MediaEventSchema.examples()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(MediaEventSchema.violations(e)).as(e).isEmpty());
        String example = MediaEventSchema.examples().get(0);
        assertThat(MediaEventSchema.violations(example.replace("\"revision\":\"3f9a02c41b\"", "\"revision\":\"X\"")))
                .isNotEmpty();
        assertThat(MediaEventSchema.violations(example.replace("[320,640,960,1280,1600,2048]", "[]"))).isNotEmpty();
        assertThat(MediaEventSchema.violations(example.replace("\"x\":0.5", "\"x\":1.5"))).isNotEmpty();
    }
}
