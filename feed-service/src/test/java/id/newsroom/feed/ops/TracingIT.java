package id.newsroom.feed.ops;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import id.newsroom.feed.support.Events;
import id.newsroom.feed.support.FeedIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projection continues the producer's trace: its log line for the event carries the same trace id. */
@ExtendWith(OutputCaptureExtension.class)
class TracingIT extends FeedIntegrationTest {

    @Test
    void appliedEventIsLoggedUnderTheProducersTraceId(CapturedOutput output) {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpan = HexFormat.of().formatHex(randomBytes(8));
        String id = Events.newId();
        events.send(Events.published(id, "hukum", tags("jejak")), "00-" + traceId + "-" + parentSpan + "-01");

        await().atMost(15, SECONDS).untilAsserted(() -> assertThat(output.getOut()).containsPattern(
                "(?m)^.*" + traceId + ".*applied article " + id + " v1.*$"));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zero (an invalid trace id)
        return b;
    }
}
