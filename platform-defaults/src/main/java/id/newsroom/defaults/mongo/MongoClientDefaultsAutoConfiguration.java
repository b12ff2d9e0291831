package id.newsroom.defaults.mongo;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The MongoDB client's defaults for every service. Boot's health indicator ({@code mongo}, {@code hello} to each
 * database) has no timeout of its own: with the driver's default server selection (30 s) an unreachable MongoDB held
 * each readiness probe 30 s, far past the probes' 3 s.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(name = {"com.mongodb.client.MongoClient",
        "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer"})
public class MongoClientDefaultsAutoConfiguration {

    /** Long enough for a reachable server; a dead one fails health and requests within the probes' timeout. */
    static final long SERVER_SELECTION_TIMEOUT_MS = 2_000;

    /**
     * Runs before Boot's customizer applies the connection string, so {@code serverSelectionTimeoutMS} in the URI
     * (e.g. a longer one across replica-set elections) still wins.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer platformServerSelectionTimeout() {
        return settings -> settings.applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(SERVER_SELECTION_TIMEOUT_MS, TimeUnit.MILLISECONDS));
    }
}
