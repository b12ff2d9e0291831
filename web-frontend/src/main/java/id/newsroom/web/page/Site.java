package id.newsroom.web.page;

import java.util.List;

import id.newsroom.web.config.FrontendProperties;
import id.newsroom.web.media.ShareImage;

/** What every page shows around its content: the site's name, origin and sections. */
public record Site(String name, String url, String description, List<FrontendProperties.Section> sections) {

    /** {@code url} without a trailing slash, so that {@link #absolute} joins it with a path. */
    public static Site of(FrontendProperties props) {
        String url = props.siteUrl().endsWith("/")
                ? props.siteUrl().substring(0, props.siteUrl().length() - 1)
                : props.siteUrl();
        return new Site(props.siteName(), url, props.siteDescription(), props.sectionList());
    }

    public String absolute(String path) {
        return url + path;
    }

    public String logoUrl() {
        return url + "/img/logo.png";
    }

    public String defaultImageUrl() {
        return url + "/img/default-share.png";
    }

    /** The sharing picture of a page without its own (static/img/default-share.png is 1200x630). */
    public ShareImage defaultShareImage() {
        return new ShareImage(defaultImageUrl(), 1200, 630, name);
    }
}
