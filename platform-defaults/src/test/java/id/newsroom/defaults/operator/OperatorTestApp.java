package id.newsroom.defaults.operator;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service in miniature: a public API path and two operator endpoints, one of them with audited reads. */
@SpringBootConfiguration
// No MongoDB here (the module's optional spring-boot-mongodb would make a client, and Boot's health would be DOWN).
@EnableAutoConfiguration(excludeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
class OperatorTestApp {

    @Bean
    RebuildLikeEndpoint rebuildLikeEndpoint() {
        return new RebuildLikeEndpoint();
    }

    @Bean
    ReadModelLikeEndpoint readModelLikeEndpoint() {
        return new ReadModelLikeEndpoint();
    }

    @Endpoint(id = "rebuild")
    static class RebuildLikeEndpoint {
        @ReadOperation
        Map<String, Object> status() {
            return Map.of("state", "idle");
        }

        @WriteOperation
        Map<String, Object> start() {
            return Map.of("started", true);
        }
    }

    @Endpoint(id = "readmodel")
    static class ReadModelLikeEndpoint {
        @ReadOperation
        Map<String, Object> items() {
            return Map.of("items", java.util.List.of());
        }
    }

    /** Registered as a member class of this configuration. */
    @RestController
    static class PublicApi {
        @GetMapping("/api/hello")
        String hello() {
            return "hello";
        }
    }
}
