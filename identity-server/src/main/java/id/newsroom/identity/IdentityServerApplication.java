package id.newsroom.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The local run's OpenID Connect provider: Keycloak's part in compose and k8s, played by Spring Authorization Server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServerApplication.class, args);
    }
}
