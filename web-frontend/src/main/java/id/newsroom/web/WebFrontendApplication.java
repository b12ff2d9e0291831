package id.newsroom.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The readers' site: server-rendered HTML from the feed and search APIs; it owns no data. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebFrontendApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebFrontendApplication.class, args);
    }
}
