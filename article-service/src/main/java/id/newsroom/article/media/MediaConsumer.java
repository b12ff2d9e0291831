package id.newsroom.article.media;

import java.util.Locale;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream consumer of news.media.v1 (binding consumeMedia-in-0, group article-service): every media
 * event updates the replica. A record that cannot be decoded throws {@link PoisonMediaException}, which the error
 * handler ({@link MediaDeadLetters}) dead-letters at once; the next record applies as usual.
 */
@Configuration(proxyBeanMethods = false)
public class MediaConsumer {

    private static final Logger log = LoggerFactory.getLogger(MediaConsumer.class);

    private final MediaDecoder decoder;
    private final MediaReplica replica;
    private final MeterRegistry meters;

    public MediaConsumer(MediaDecoder decoder, MediaReplica replica, MeterRegistry meters) {
        this.decoder = decoder;
        this.replica = replica;
        this.meters = meters;
        for (MediaReplica.Outcome o : MediaReplica.Outcome.values()) {
            counted(o.name()); // every series exists from the start
        }
    }

    @Bean
    public Consumer<Message<byte[]>> consumeMedia() {
        return this::consume;
    }

    void consume(Message<byte[]> message) {
        MediaDecoder.Decoded d = decoder.decode(message.getPayload(),
                MediaDecoder.text(message.getHeaders().get("ce_type")),
                MediaDecoder.text(message.getHeaders().get("ce_subject")));
        MediaReplica.Outcome outcome = replica.apply(d.event(), d.deleted());
        counted(outcome.name()).increment();
        log.debug("Media {} v{}: {}", d.event().mediaId(), d.event().version(), outcome);
    }

    Counter counted(String outcome) {
        return Counter.builder("news.article.media.events").description("Media events by what they did to the replica")
                .tag("outcome", outcome.toLowerCase(Locale.ROOT)).register(meters);
    }
}
