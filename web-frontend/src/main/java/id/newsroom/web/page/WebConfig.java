package id.newsroom.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /**
     * Strong ETag over the rendered bytes and 304 on If-None-Match for pages, sitemaps and feeds. Never on the live
     * stream: the filter buffers the whole body, which would hold every event back until the stream ends.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI();
                return path.startsWith("/live") || path.startsWith("/actuator");
            }
        };
        return new FilterRegistrationBean<>(filter);
    }
}
