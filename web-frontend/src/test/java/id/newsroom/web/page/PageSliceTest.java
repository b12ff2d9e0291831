package id.newsroom.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import id.newsroom.web.config.FrontendProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.core.annotation.AliasFor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/**
 * A controller slice as the site renders it: the MVC layer, the page plumbing (views, caching, error pages) and the
 * precompiled templates, with the upstream clients left to the test as {@code @MockitoBean}s.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "frontend.site-url=https://berita.example.id")
@ImportAutoConfiguration(JteAutoConfiguration.class)
@EnableConfigurationProperties(FrontendProperties.class)
public @interface PageSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
