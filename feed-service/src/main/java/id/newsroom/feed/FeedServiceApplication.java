package id.newsroom.feed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Reader-facing read model: projects news.articles.v1 into MongoDB and serves timelines, pages, feeds, live updates. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FeedServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FeedServiceApplication.class, args);
    }
}
