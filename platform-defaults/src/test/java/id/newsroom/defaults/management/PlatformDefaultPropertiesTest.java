package id.newsroom.defaults.management;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

class PlatformDefaultPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {}

    @Test
    void everyServiceGetsTheSharedSettingsAndItsOwnWin() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("spring.application.name=sample-service")
                .run("--management.endpoints.web.exposure.include=health,rebuild")) {
            ConfigurableEnvironment env = context.getEnvironment();
            assertThat(env.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
            assertThat(env.getProperty("management.metrics.tags.application")).isEqualTo("sample-service");
            // The pod's host name where there is one, else a random one per run (never the bare service name).
            assertThat(env.getProperty("management.metrics.tags.instance")).isNotBlank().doesNotContain("${")
                    .isNotEqualTo("sample-service");
            assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,rebuild");
        }
    }
}
