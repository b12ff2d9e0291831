package id.newsroom.web.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import id.newsroom.web.upstream.LiveStream;
import id.newsroom.web.upstream.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /live?kategori=}: feed-service's live events relayed byte for byte (the banner script counts the "added"
 * ones). Each open stream holds one request thread while it lasts; the browser reconnects by itself when either side
 * drops it. Written to the servlet response on the request thread rather than through an {@code SseEmitter} or
 * {@code StreamingResponseBody}: the relay blocks on feed-service's stream either way, and those would only move it
 * onto Spring's async executor (a few threads) under its request timeout; Tomcat's 400 threads are sized for it.
 */
@Controller
class LiveController {

    private final LiveStream live;

    LiveController(LiveStream live) {
        this.live = live;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void live(@RequestParam(defaultValue = "") String kategori,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastId,
            HttpServletResponse response) throws IOException {
        InputStream upstream = live.open(kategori, lastId)
                .orElseThrow(() -> new NotFoundException("Kategori tidak dikenal", false));
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // proxies must pass events on at once
        response.flushBuffer();
        try (InputStream in = upstream) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
                out.flush(); // a reader who left shows up here as an IOException, which ends the relay
            }
        }
    }

    /**
     * A HEAD gets the head only: answered by the GET mapping it would relay a stream whose writes Tomcat discards, so
     * it would never notice the client leave and would hold a thread and the upstream stream until it ends.
     */
    @RequestMapping(path = "/live", method = RequestMethod.HEAD)
    ResponseEntity<Void> liveHead() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).build();
    }
}
