package id.newsroom.feed.live;

import id.newsroom.feed.timeline.CategoryCatalog;
import id.newsroom.defaults.problem.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-Sent Events of items added to, changed in and removed from the timelines. */
@RestController
@Tag(name = "live")
public class LiveController {

    private final LiveHub hub;
    private final CategoryCatalog categories;

    public LiveController(LiveHub hub, CategoryCatalog categories) {
        this.hub = hub;
        this.categories = categories;
    }

    @Operation(summary = "Live stream (events added, changed, removed; resync when Last-Event-ID cannot be resumed)")
    @GetMapping(path = "/api/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String category,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String filter = category == null || category.isBlank() ? null : category;
        if (filter != null && !categories.isKnown(filter)) {
            throw ClientProblem.notFound("Unknown category '" + filter + "'.");
        }
        return hub.subscribe(filter, lastEventId);
    }

    /**
     * A HEAD gets the head only: answered by the GET mapping it would open a stream whose writes Tomcat discards, so
     * it would never notice the client leave and would hold the subscription until the timeout.
     */
    @RequestMapping(path = "/api/feed/stream", method = RequestMethod.HEAD)
    public ResponseEntity<Void> streamHead() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).build();
    }
}
