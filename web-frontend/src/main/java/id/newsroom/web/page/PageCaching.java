package id.newsroom.web.page;

import java.time.Clock;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.upstream.UpstreamClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link PageCache} filter, inside the security and request-limit filters (a cached page is still rate limited
 * and carries the security headers) and outside the ETag filter, which it relieves of hashing every cached page.
 * Apart from {@link WebConfig} so that the controller slices, with their mocked clients, render every request.
 */
@Configuration(proxyBeanMethods = false)
class PageCaching {

    static final int ORDER = WebConfig.ETAG_ORDER - 1;

    @Bean
    FilterRegistrationBean<PageCache> pageCache(FrontendProperties props, UpstreamClient upstream,
            MeterRegistry registry) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
                new PageCache(props.pages(), upstream, Clock.systemUTC(), registry));
        registration.setOrder(ORDER);
        return registration;
    }
}
