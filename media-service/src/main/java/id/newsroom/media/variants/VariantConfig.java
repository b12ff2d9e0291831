package id.newsroom.media.variants;

import id.newsroom.media.config.MediaProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class VariantConfig {

    @Bean
    VariantMaker variantMaker(MediaProperties properties) {
        return new VariantMaker(new Vips(properties.processing().vips(), properties.processing().timeout()));
    }

    @Bean
    ProcessingGate processingGate(MediaProperties properties, MeterRegistry registry) {
        return new ProcessingGate(properties.processing().concurrency(), registry);
    }
}
