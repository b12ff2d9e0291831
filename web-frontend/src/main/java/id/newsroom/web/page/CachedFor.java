package id.newsroom.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code Cache-Control} of what a view-returning handler renders (its redirects included), applied by
 * {@link CachePolicyInterceptor} once the handler succeeded. An answer that sets its own header keeps it, and the
 * error pages (thrown, so never here) set theirs.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedFor {

    CachePolicy value();
}
