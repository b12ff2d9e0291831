package id.newsroom.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import id.newsroom.web.page.PageSliceTest;
import id.newsroom.web.upstream.LiveStream;
import id.newsroom.web.upstream.UpstreamUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PageSliceTest(LiveController.class)
class LiveControllerTest {

    static final String EVENTS = "id: 7\nevent: added\ndata: {\"slug\":\"bimtek\"}\n\n";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    LiveStream live;

    @Test
    void feedServicesEventsAreRelayedByteForByteNeverCachedOrBuffered() {
        given(live.open("bisnis", "6")).willReturn(
                Optional.of(new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8))));

        assertThat(mvc.get().uri("/live?kategori=bisnis").header("Last-Event-ID", "6").accept("text/event-stream"))
                .hasStatusOk().hasContentTypeCompatibleWith("text/event-stream").hasBodyTextEqualTo(EVENTS)
                .headers().hasValue("Cache-Control", "no-store").hasValue("X-Accel-Buffering", "no");
    }

    @Test
    void anUnknownSectionIs404AndFeedServiceDown503() {
        given(live.open("tidak-ada", null)).willReturn(Optional.empty());
        given(live.open("", null)).willThrow(new UpstreamUnavailableException("down"));

        assertThat(mvc.get().uri("/live?kategori=tidak-ada").accept("text/event-stream")).hasStatus(404)
                .hasContentTypeCompatibleWith("text/html");
        assertThat(mvc.get().uri("/live")).hasStatus(503);
    }

    @Test
    void aHeadRequestGetsTheHeadWithoutOpeningTheStream() {
        assertThat(mvc.head().uri("/live")).hasStatusOk().hasContentTypeCompatibleWith("text/event-stream");
        verifyNoInteractions(live);
    }
}
