package id.newsroom.infra;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring test context at the shared {@link TestInfrastructure}:
 * {@code @ContextConfiguration(initializers = InfrastructureInitializer.class)} on a {@code @SpringBootTest}.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infra = TestInfrastructure.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", Map.of(
                "spring.mongodb.uri", infra.mongoUri(),
                "spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", infra.kafkaBootstrapServers())));
    }
}
