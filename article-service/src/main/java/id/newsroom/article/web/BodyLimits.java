package id.newsroom.article.web;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.imports.ImportProperties;
import id.newsroom.defaults.http.BodySizeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** platform-defaults refuses oversize bodies; here is how large ours may be: an article, or an archive import. */
@Configuration(proxyBeanMethods = false)
class BodyLimits {

    @Bean
    BodySizeLimit articleBodySizeLimit(ArticleProperties properties, ImportProperties imports) {
        long article = properties.limits().requestMaxBytes();
        // An archive import is a stream of many articles (each line is still checked against the article limits).
        long archive = imports.maxRequestSize().toBytes();
        return request -> request.getRequestURI().startsWith("/api/imports") ? archive : article;
    }
}
