package id.newsroom.media.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain MongoDB driver, as in the other services: one collection, {@code media}. */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    @Bean
    MongoCollection<Document> mediaCollection(MongoClient client,
            @Value("${spring.mongodb.database:media}") String database) {
        return client.getDatabase(database).getCollection("media");
    }
}
