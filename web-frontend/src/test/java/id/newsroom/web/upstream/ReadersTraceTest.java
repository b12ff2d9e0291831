package id.newsroom.web.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import id.newsroom.web.StubUpstream;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reader's request starts the trace that feed-service continues: the page's server span and the call to feed
 * (a real HTTP server standing in for it, which records what it was sent) share one trace id, the call a child of the
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadersTraceTest {

    static final StubUpstream FEED = new StubUpstream();
    static final String TIMELINE = "/api/feed/tags/banjir?limit=20";

    /** Every span the application ends, as it ends (no export, no batching). */
    @TestConfiguration(proxyBeanMethods = false)
    static class RecordedSpans {
        @Bean
        EndedSpans endedSpans() {
            return new EndedSpans();
        }
    }

    static final class EndedSpans implements SpanProcessor {
        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public void onStart(Context parent, ReadWriteSpan span) {
            // only ended spans count
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            spans.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EndedSpans ended;

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("frontend.feed-url", FEED::url);
        registry.add("frontend.search-url", FEED::url);
        FEED.on(TIMELINE, StubUpstream.Reply.json("{\"items\": [], \"nextCursor\": null}"));
    }

    @AfterAll
    static void stop() {
        FEED.close();
    }

    @Test
    void aPageRequestStartsTheTraceItsCallToFeedServiceCarriesOn() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tag/banjir")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        String traceparent = FEED.header(TIMELINE, "traceparent");
        assertThat(traceparent).as("W3C trace context on the call to feed")
                .matches("00-\\p{XDigit}{32}-\\p{XDigit}{16}-01");
        String traceId = traceparent.split("-")[1];
        String callSpanId = traceparent.split("-")[2];

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            SpanData server = ended.spans.stream().filter(s -> s.getKind() == SpanKind.SERVER)
                    .filter(s -> s.getTraceId().equals(traceId)).findFirst().orElseThrow();
            SpanData call = ended.spans.stream().filter(s -> s.getSpanId().equals(callSpanId)).findFirst()
                    .orElseThrow();
            assertThat(server.getParentSpanContext().isValid()).as("the reader's request starts the trace").isFalse();
            assertThat(server.getName()).isEqualTo("http get /tag/{tag}");
            assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(call.getParentSpanId()).isEqualTo(server.getSpanId());
        });
    }
}
