package id.newsroom.web.live;

import java.io.IOException;
import java.io.InputStream;

import id.newsroom.web.upstream.LiveStream;
import id.newsroom.web.upstream.NotFoundException;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /live?kategori=}: feed-service's live events relayed byte for byte (the banner script counts the "added"
 * ones). The browser reconnects by itself when either side drops the stream.
 */
@RestController
class LiveController {

    private final LiveStream live;

    LiveController(LiveStream live) {
        this.live = live;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<StreamingResponseBody> live(@RequestParam(defaultValue = "") String kategori,
                                               @RequestHeader(name = "Last-Event-ID", required = false) String lastId)
            throws InterruptedException {
        InputStream upstream;
        try {
            upstream = live.open(kategori, lastId).orElseThrow(() -> new NotFoundException("Kategori tidak dikenal", false));
        } catch (IOException e) {
            throw new UpstreamUnavailableException("live stream: " + e);
        }
        StreamingResponseBody relay = out -> {
            try (InputStream in = upstream) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        };
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("X-Accel-Buffering", "no")
                .contentType(MediaType.TEXT_EVENT_STREAM).body(relay);
    }
}
