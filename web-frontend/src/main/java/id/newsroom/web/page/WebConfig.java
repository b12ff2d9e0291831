package id.newsroom.web.page;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class WebConfig {

    /**
     * Strong ETag over the rendered bytes and 304 on If-None-Match for pages, sitemaps and feeds. Not on the live
     * stream, which must not be buffered.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/", "/kategori/*", "/tag/*", "/penulis/*", "/berita/*", "/cari", "/sitemap.xml",
                "/sitemap-news.xml", "/sitemaps/*", "/robots.txt", "/feeds/*");
        return bean;
    }
}
