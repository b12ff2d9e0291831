package id.newsroom.article.drift;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import id.newsroom.article.editing.ArticleStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Compares article-service's versions with every configured read model, keeps the latest result for the gauges
 * ({@code news_read_model_drift_items{read_model,kind}}) and, when asked, repairs through the outbox. One audit at a
 * time: a second caller waits for the first instead of doubling the load.
 */
@Component
public class DriftAudit {

    private static final Logger log = LoggerFactory.getLogger(DriftAudit.class);

    /** The result of one audit (and of a repair, when one was asked for). */
    public record Result(Instant at, Map<String, Object> readModels) {}

    private final ArticleStore store;
    private final DriftProperties properties;
    private final OutboxRepublisher republisher;
    private final RestClient http;
    private final ReentrantLock running = new ReentrantLock();
    private final Map<String, DriftReport> latest = new ConcurrentHashMap<>();
    private volatile double lastSuccessSeconds = Double.NaN;

    public DriftAudit(ArticleStore store, DriftProperties properties, OutboxRepublisher republisher,
            MeterRegistry meters) {
        this.store = store;
        this.properties = properties;
        this.republisher = republisher;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().requestFactory(requests)
                .requestInterceptor(new ReadModelCredentials(properties.credentials(), requests)).build();
        for (String readModel : properties.readModels().keySet()) {
            for (DriftReport.Kind kind : DriftReport.Kind.values()) {
                // NaN until the first audit: "not known" must not read as "no drift".
                Gauge.builder("news.read.model.drift.items", latest,
                        m -> m.containsKey(readModel) ? m.get(readModel).count(kind) : Double.NaN)
                        .tag("read_model", readModel).tag("kind", kind.label())
                        .description("Articles that differ between article-service and a read model at the last audit")
                        .register(meters);
            }
        }
        Gauge.builder("news.read.model.drift.last.audit", this, a -> a.lastSuccessSeconds).baseUnit("seconds")
                .description("Unix time of the last drift audit that reached every read model").register(meters);
    }

    public Result audit(boolean repair) {
        running.lock();
        try {
            Map<String, Object> answer = new LinkedHashMap<>();
            boolean allReached = true;
            for (Map.Entry<String, URI> readModel : properties.readModels().entrySet()) {
                try {
                    DriftReport report = compare(readModel.getKey(), readModel.getValue());
                    latest.put(readModel.getKey(), report);
                    Map<String, Object> summary = report.summary();
                    if (repair && !report.clean()) {
                        summary.put("repair", repair(report));
                    }
                    answer.put(readModel.getKey(), summary);
                } catch (RuntimeException e) {
                    allReached = false;
                    log.warn("Drift audit of {} at {} failed: {}", readModel.getKey(), readModel.getValue(),
                            e.toString());
                    answer.put(readModel.getKey(), Map.of("error", String.valueOf(e.getMessage())));
                }
            }
            Instant now = Instant.now();
            if (allReached) {
                lastSuccessSeconds = now.toEpochMilli() / 1000.0;
            }
            return new Result(now, answer);
        } finally {
            running.unlock();
        }
    }

    DriftReport compare(String name, URI baseUrl) {
        return DriftComparison.compare(name, SourceListing.of(store.collection(), properties.pageSize()),
                ReadModelListing.of(http, baseUrl, properties.pageSize()), properties.sampleSize());
    }

    private Map<String, Long> repair(DriftReport report) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (OutboxRepublisher.Outcome o : OutboxRepublisher.Outcome.values()) {
            outcomes.put(o.name().toLowerCase(java.util.Locale.ROOT), 0L);
        }
        for (String id : DriftComparison.affected(report)) {
            outcomes.merge(republisher.republish(id).name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        }
        republisher.wakeUpRelay();
        log.info("Drift repair of {}: {}", report.readModel(), outcomes);
        return outcomes;
    }
}
