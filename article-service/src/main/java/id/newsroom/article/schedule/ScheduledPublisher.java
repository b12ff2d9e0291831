package id.newsroom.article.schedule;

import java.time.Instant;
import java.util.List;

import id.newsroom.article.editing.Article;
import id.newsroom.article.editing.ArticleWorkflow;
import id.newsroom.article.editing.ArticleStore;
import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.security.StaffMember;
import id.newsroom.article.security.Role;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Publishes SCHEDULED articles when their time comes, with no request needed. It polls (first at start-up, so an
 * article that fell due while the service was down goes out at once). Every instance may poll: the publication is a
 * conditional update on the version it read, so exactly one instance wins and exactly one event is written.
 */
@Component
public class ScheduledPublisher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    static final StaffMember SCHEDULER = new StaffMember("scheduler", "Penjadwal Otomatis", Role.EDITOR);

    private final ArticleStore store;
    private final ArticleWorkflow service;
    private final ArticleProperties.Schedule config;
    private final ObservationRegistry observations;

    public ScheduledPublisher(ArticleStore store, ArticleWorkflow service, ArticleProperties properties,
            MeterRegistry meters, ObservationRegistry observations) {
        this.store = store;
        this.observations = observations;
        this.service = service;
        this.config = properties.schedule();
        Gauge.builder("news.articles.scheduled.overdue", store, s -> s.countOverdue(Instant.now().minusSeconds(2)))
                .description("SCHEDULED articles whose publication time has passed (by more than 2 s)")
                .register(meters);
    }

    /** Publishes every due article this instance wins; returns how many. */
    public int publishDue() {
        int won = 0;
        List<Article> due = store.dueScheduled(Instant.now(), 100);
        for (Article a : due) {
            // Its own trace, so the published event carries a traceparent like any editor's change.
            Boolean published = Observation.createNotStarted("article.scheduled.publish", observations)
                    .lowCardinalityKeyValue("change", "published")
                    .observe(() -> {
                        boolean ok = service.publishScheduled(a, SCHEDULER);
                        if (ok) {
                            log.info("Published scheduled article {} ({}), due at {}", a.id(), a.slug(),
                                    a.scheduledAt());
                        }
                        return ok;
                    });
            if (Boolean.TRUE.equals(published)) {
                won++;
            }
        }
        return won;
    }

    /** Spring's scheduler runs the passes (first at start-up), with the interval from the properties. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::pass, config.pollInterval());
    }

    private void pass() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            log.warn("Scheduled publication pass failed; retrying: {}", e.toString());
        }
    }
}
