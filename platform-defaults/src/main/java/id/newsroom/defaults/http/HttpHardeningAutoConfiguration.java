package id.newsroom.defaults.http;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.apache.catalina.core.StandardHost;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Abuse resistance for every servlet service: security headers first (so every later refusal carries them), then
 * size limits, then the per-client rate limit. Settings under {@code platform.http}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@EnableConfigurationProperties(HttpHardeningProperties.class)
public class HttpHardeningAutoConfiguration {

    static final int HEADERS_ORDER = Ordered.HIGHEST_PRECEDENCE;
    static final int PROBLEM_FALLBACK_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    static final int LIMITS_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int MALFORMED_ORDER = Ordered.HIGHEST_PRECEDENCE + 15;
    static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    @ConditionalOnMissingBean
    RequestRejections requestRejections(ObjectProvider<MeterRegistry> registry) {
        return new RequestRejections(registry.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    BodySizeLimit bodySizeLimit(HttpHardeningProperties properties) {
        return new PathBodySizeLimit(properties.limits());
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(HttpHardeningProperties properties,
            BodySizeLimit bodySizeLimit, RequestRejections rejections) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(properties.limits(), bodySizeLimit, rejections));
        registration.setOrder(LIMITS_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProblemFallbackFilter> problemFallbackFilter() {
        FilterRegistrationBean<ProblemFallbackFilter> registration = new FilterRegistrationBean<>(
                new ProblemFallbackFilter());
        registration.setOrder(PROBLEM_FALLBACK_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(HttpHardeningProperties properties,
            RequestRejections rejections) {
        // Multipart is let through only where a larger body is configured: the upload endpoints.
        FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
                new MalformedRequestFilter(rejections, new PathBodySizeLimit(properties.limits())::hasOwnLimit,
                        new PathPatterns(properties.formPaths())::matches));
        registration.setOrder(MALFORMED_ORDER);
        return registration;
    }

    /** Tomcat's own refusals (before any filter) as problem+json too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.catalina.startup.Tomcat",
            "org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory"})
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve() {
            // The host adds its error report valve when it starts, innermost: so ours answers before Boot's HTML one.
            return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                    .setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
        }
    }

    @Bean
    @ConditionalOnProperty(name = "platform.http.rate-limit.enabled", havingValue = "true")
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(HttpHardeningProperties properties,
            RequestRejections rejections) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(properties.rateLimit(), rejections));
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    /**
     * Services whose own Spring Security chain covers every path (article, media) switch this off with
     * platform.http.headers.enabled=false and write these headers with its header support (one writer, no duplicates).
     */
    @Bean
    @ConditionalOnProperty(name = "platform.http.headers.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(HttpHardeningProperties properties) {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
                new SecurityHeadersFilter(properties.headers()));
        registration.setOrder(HEADERS_ORDER);
        return registration;
    }
}
