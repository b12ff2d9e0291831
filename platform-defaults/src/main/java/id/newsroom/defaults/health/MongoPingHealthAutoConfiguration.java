package id.newsroom.defaults.health;

import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One MongoDB health check for every service that has a {@link MongoClient}: contributor {@code mongo}. Its bean name
 * is the one Boot's own (hello-based) indicator backs off for, so a service needs no property to switch that off.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(name = {"com.mongodb.client.MongoClient",
        "org.springframework.boot.health.contributor.AbstractHealthIndicator"})
public class MongoPingHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client,
            @Value("${spring.mongodb.database:admin}") String database) {
        return new MongoPingHealthIndicator(client, database);
    }
}
