package id.newsroom.web.page;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import id.newsroom.web.config.FrontendProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How pages are rendered and cached: JTE views framed by the site, {@link CachedFor} policies, ETags. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** The last filter before the servlet: it buffers what is rendered. */
    static final int ETAG_ORDER = Ordered.LOWEST_PRECEDENCE;

    @Bean
    Site site(FrontendProperties props) {
        return Site.of(props);
    }

    /**
     * JTE's view resolver as its starter makes it (precompiled templates, {@code .jte} suffix), with the site as a
     * static attribute: every page, error pages included, frames its content with it.
     */
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties jte, Site site) {
        JteViewResolver resolver = new JteViewResolver(templates, jte);
        resolver.setAttributesMap(Map.of("site", site));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CachePolicyInterceptor());
    }

    /**
     * Strong ETag over the rendered bytes and 304 on If-None-Match for pages, sitemaps and feeds. Never on the live
     * stream: the filter buffers the whole body, which would hold every event back until the stream ends. Nor on the
     * pages {@link PageCache} answers: it computes their ETag once per rendering rather than on every request.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI();
                return path.startsWith("/live") || path.startsWith("/actuator")
                        || request.getAttribute(PageCache.HANDLED) != null;
            }
        };
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ETAG_ORDER);
        return registration;
    }
}
