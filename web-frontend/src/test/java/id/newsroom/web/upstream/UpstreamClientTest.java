package id.newsroom.web.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import id.newsroom.web.StubUpstream;
import id.newsroom.web.config.FrontendProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The upstream cache over real loopback HTTP: reuse while fresh, revalidate by ETag, a copy while the service fails. */
class UpstreamClientTest {

    final StubUpstream stub = new StubUpstream();

    {
        stub.on("/api/feed", StubUpstream.Reply.json("{\"items\":[]}"));
    }
    Instant now = Instant.parse("2026-11-29T03:00:00Z");
    final UpstreamClient client = new UpstreamClient(new FrontendProperties.Upstream(Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(30),
            Duration.ofMinutes(30), 100),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aFreshAnswerIsReusedAndAnOlderOneRevalidatedWithItsETag() {
        String url = stub.url() + "/api/feed";
        assertThat(client.get(url).body()).isEqualTo("{\"items\":[]}");
        assertThat(client.get(url).body()).isEqualTo("{\"items\":[]}");
        assertThat(stub.requests("/api/feed")).isEqualTo(1);

        now = now.plusSeconds(3);
        assertThat(client.get(url).body()).isEqualTo("{\"items\":[]}");
        assertThat(stub.requests("/api/feed")).isEqualTo(2);
        assertThat(stub.notModified("/api/feed")).isEqualTo(1);
    }

    @Test
    void aLongerFreshnessKeepsWhatWasFoundButAMissIsAskedAgainAfterTheUsualOne() {
        String story = "/api/articles/banjir-rob";
        String missing = "/api/articles/belum-terbit";
        stub.on(story, StubUpstream.Reply.json("{\"slug\":\"banjir-rob\"}"));
        stub.on(missing, new StubUpstream.Reply(404, "{}", Map.of("Content-Type", "application/problem+json")));
        URI found = URI.create(stub.url() + story);
        URI notYet = URI.create(stub.url() + missing);
        client.get(found, Duration.ofSeconds(30));
        client.get(notYet, Duration.ofSeconds(30));

        now = now.plusSeconds(10);
        client.get(found, Duration.ofSeconds(30));
        client.get(notYet, Duration.ofSeconds(30));

        assertThat(stub.requests(story)).as("found: reused for 30 s").isEqualTo(1);
        assertThat(stub.requests(missing)).as("a miss: asked again after 2 s").isEqualTo(2);
    }

    @Test
    void aFailingServiceGetsTheCopyUntilItIsTooOldThenUnavailable() {
        String url = stub.url() + "/api/feed";
        client.get(url);
        stub.down(true);
        now = now.plus(Duration.ofMinutes(10));
        assertThat(client.get(url).body()).isEqualTo("{\"items\":[]}");
        now = now.plus(Duration.ofMinutes(30));
        assertThatThrownBy(() -> client.get(url)).isInstanceOf(UpstreamUnavailableException.class);
        assertThatThrownBy(() -> client.get("http://127.0.0.1:1/nothing-listens"))
                .isInstanceOf(UpstreamUnavailableException.class);
    }

    @Test
    void aPagesReadsAreRecordedAndRereadAsUnchangedUntilTheAnswerChangesEvenWithoutAnETag() {
        String path = "/api/search/related/id-1?size=4";
        stub.on(path, new StubUpstream.Reply(200, "{\"hits\":[]}", Map.of("Content-Type", "application/json")));
        URI uri = URI.create(stub.url() + path);
        Inputs.Input read;
        try (Inputs.Recording reads = Inputs.record()) {
            client.get(uri, Duration.ofSeconds(60));
            read = reads.inputs().get(0);
            assertThat(reads.complete()).isTrue();
        }
        assertThat(read.freshUntil()).isEqualTo(now.plusSeconds(60));

        now = now.plusSeconds(30);
        assertThat(client.reread(read, false)).as("fresh: no request").isEqualTo(read);
        assertThat(stub.requests(path)).isEqualTo(1);
        assertThat(client.reread(read, true).version()).as("a reload asks, the same answer").isEqualTo(read.version());
        assertThat(stub.requests(path)).isEqualTo(2);

        stub.on(path, new StubUpstream.Reply(200, "{\"hits\":[{}]}", Map.of("Content-Type", "application/json")));
        now = now.plusSeconds(61);
        assertThat(client.reread(read, false).version()).isNotEqualTo(read.version());
    }

    @Test
    void aFailedReadLeavesTheRecordingIncomplete() {
        try (Inputs.Recording reads = Inputs.record()) {
            assertThatThrownBy(() -> client.get("http://127.0.0.1:1/nothing-listens"))
                    .isInstanceOf(UpstreamUnavailableException.class);
            assertThat(reads.complete()).isFalse();
        }
    }
}
