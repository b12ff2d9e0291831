package id.newsroom.defaults;

import id.newsroom.defaults.metrics.PromtoolCleanMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every service gets by having this module on its classpath. Each piece is a bean a service can replace by
 * declaring its own.
 */
@AutoConfiguration
public class PlatformDefaultsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.config.MeterFilter")
    PromtoolCleanMetrics promtoolCleanMetrics() {
        return new PromtoolCleanMetrics();
    }
}
