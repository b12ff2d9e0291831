package id.newsroom.defaults.management;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares (actuator exposure, probes, tracing, metric tags, problem details), as the
 * property source of lowest precedence: a service's own YAML, profiles, environment variables and test properties
 * all win, so each service writes down only what differs.
 */
public class PlatformDefaultProperties implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "platformDefaults";
    private static final String LOCATION = "platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader().load(SOURCE_NAME,
                    new ClassPathResource(LOCATION, PlatformDefaultProperties.class.getClassLoader()))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
