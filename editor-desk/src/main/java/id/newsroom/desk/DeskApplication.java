package id.newsroom.desk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The editors' desk: server-rendered pages over article-service and media-service, signed in with OIDC. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeskApplication.class, args);
    }
}
