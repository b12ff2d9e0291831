package id.newsroom.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Permanent redirects within the site, for handlers that otherwise render a page. */
public final class Redirects {

    private Redirects() {}

    /** 301 to {@code path} (already encoded), exactly as given: no model attributes appended as a query. */
    public static ModelAndView permanent(String path) {
        RedirectView view = new RedirectView(path);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        view.setExpandUriTemplateVariables(false);
        return new ModelAndView(view);
    }
}
