package id.newsroom.feed.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import id.newsroom.feed.web.HttpCaching;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public timelines: home, category, tag and author, newest first, keyset-paged. */
@RestController
@RequestMapping(path = "/api/feed", produces = "application/json")
@Tag(name = "timelines")
public class TimelineController {

    private final TimelineService timelines;
    private final HttpCaching caching;

    public TimelineController(TimelineService timelines, HttpCaching caching) {
        this.timelines = timelines;
        this.caching = caching;
    }

    @Operation(summary = "Home timeline: every section, newest first")
    @GetMapping
    public ResponseEntity<byte[]> home(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, HttpServletRequest request) {
        return caching.respond(request, timelines.read(Timeline.home(), limit, cursor));
    }

    @Operation(summary = "Timeline of one section (404 for an unknown category)")
    @GetMapping("/categories/{slug}")
    public ResponseEntity<byte[]> category(@PathVariable String slug, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, HttpServletRequest request) {
        return caching.respond(request, timelines.read(new Timeline(Timeline.Kind.CATEGORY, slug), limit, cursor));
    }

    @Operation(summary = "Timeline of one tag (404 when no published article carries it)")
    @GetMapping("/tags/{tag}")
    public ResponseEntity<byte[]> tag(@PathVariable String tag, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, HttpServletRequest request) {
        return caching.respond(request, timelines.read(new Timeline(Timeline.Kind.TAG, tag), limit, cursor));
    }

    @Operation(summary = "Timeline of one author (404 when they have no published article)")
    @GetMapping("/authors/{authorId}")
    public ResponseEntity<byte[]> author(@PathVariable String authorId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, HttpServletRequest request) {
        return caching.respond(request, timelines.read(new Timeline(Timeline.Kind.AUTHOR, authorId), limit, cursor));
    }
}
