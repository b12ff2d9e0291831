package id.newsroom.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Applies {@link CachedFor} after the handler and before the view renders. Not before the handler: a failure must not
 * leave a page's long caching on a 500.
 */
final class CachePolicyInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (handler instanceof HandlerMethod method && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            CachedFor cachedFor = method.getMethodAnnotation(CachedFor.class);
            if (cachedFor != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cachedFor.value().cacheControl().getHeaderValue());
            }
        }
    }
}
