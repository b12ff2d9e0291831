package id.newsroom.media.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.media.config.MediaProperties;
import id.newsroom.media.events.MediaEvents;
import id.newsroom.media.events.OutboxRelay;
import id.newsroom.media.upload.Description;
import id.newsroom.media.serving.WarmUp;
import id.newsroom.media.variants.FocalPoint;
import id.newsroom.media.web.MediaProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and describing media (writers and editors). */
@RestController
@RequestMapping("/api/media")
public class MediaController {

    private final MediaCatalog catalog;
    private final WarmUp warmUp;
    private final MediaEvents events;
    private final OutboxRelay relay;
    private final MediaProperties properties;

    public MediaController(MediaCatalog catalog, WarmUp warmUp, MediaEvents events, OutboxRelay relay,
            MediaProperties properties) {
        this.catalog = catalog;
        this.warmUp = warmUp;
        this.events = events;
        this.relay = relay;
        this.properties = properties;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One media with every variant URL")
    public MediaView get(@PathVariable String id) {
        return MediaView.of(load(id), properties);
    }

    @GetMapping
    @Operation(summary = "Media, newest first; pass nextCursor back as cursor for the next page")
    public Map<String, Object> list(@RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > 100) {
            throw ClientProblem.invalid("limit", "between 1 and 100");
        }
        List<Media> page = catalog.page(cursor, limit + 1);
        boolean more = page.size() > limit;
        List<Media> items = more ? page.subList(0, limit) : page;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().map(m -> MediaView.of(m, properties)).toList());
        body.put("nextCursor", more ? items.get(items.size() - 1).id() : null);
        return body;
    }

    /**
     * Alt, caption, credit and focal point. A new focal point is a new revision with new URLs; its focal point is
     * kept with the revision (crops are made from the stored master on first request, or by the warm-up queued
     * here), and the old revision's URLs keep serving (cached for a year, never purged).
     */
    @PatchMapping("/{id}")
    @Operation(summary = "Describe a media or move its focal point (a new revision)")
    public ResponseEntity<MediaView> patch(@PathVariable String id, @RequestBody MediaPatch patch) {
        Description texts = new Description(patch.alt(), patch.caption(), patch.credit());
        for (int attempt = 0; attempt < 5; attempt++) {
            Media m = load(id);
            FocalPoint focus = patch.focalPoint() == null ? m.focalPoint() : patch.focalPoint();
            String rev = Media.revision(m.sha256(), focus);
            Media next = m.describe(patch.alt() == null ? m.alt() : texts.alt(),
                    patch.caption() == null ? m.caption() : texts.caption(),
                    patch.credit() == null ? m.credit() : texts.credit(), focus, rev,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            if (catalog.update(next, events.pending(next, MediaEvents.UPDATED))) {
                relay.kick();
                if (!m.revisions().contains(rev)) {
                    warmUp.schedule(next);
                }
                return ResponseEntity.ok(MediaView.of(next, properties));
            }
        }
        throw new ClientProblem(HttpStatus.CONFLICT, "conflict", "Changed meanwhile",
                "The media kept changing while this change was written; send it again.");
    }

    private Media load(String id) {
        return catalog.find(id).orElseThrow(() -> MediaProblem.notFound("No media has the id '" + id + "'."));
    }
}
