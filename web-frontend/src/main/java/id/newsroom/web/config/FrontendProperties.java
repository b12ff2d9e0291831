package id.newsroom.web.config;

import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site (defaults here, once). {@code siteUrl} is the public origin used in canonical links, sitemaps
 * and JSON-LD; the upstream URLs are where feed-service and search-service answer, and {@code articleUrl} where
 * article-service answers the previews of unpublished stories ({@code /pratinjau/{token}}).
 */
@ConfigurationProperties("frontend")
public record FrontendProperties(
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("Newsroom") String siteName,
        @DefaultValue("Berita terkini dari Tangerang Raya: pemerintahan, bisnis, properti, wisata dan tokoh.") String siteDescription,
        @DefaultValue("http://localhost:8082") String feedUrl,
        @DefaultValue("http://localhost:8083") String searchUrl,
        @DefaultValue("http://localhost:8081") String articleUrl,
        @DefaultValue Upstream upstream,
        @DefaultValue Pages pages,
        @DefaultValue List<String> sections) {

    /**
     * Calls to feed and search: answers younger than {@code fresh} are reused without a request, older ones are
     * revalidated with their ETag, and when the service is down a copy up to {@code staleIfError} old is shown. Related
     * stories are reused for {@code relatedFresh}: they change slowly (an edited or removed related story shows at
     * most that late). A published article is reused for {@code articleFresh}: a story page is read across the whole
     * archive, and asking feed again every 2 s for each of thousands of them costs more than the page itself; the
     * site tells browsers 60 s and CDNs 300 s for the same page, and a reader's reload (an editor checking a fix) asks
     * at once. A miss, a redirect or a takedown is asked again after {@code fresh}. {@code cacheEntries} holds an
     * article and its related list for each of a few thousand hot stories, so their pages revalidate with 304s rather
     * than whole answers.
     */
    public record Upstream(
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("2s") Duration readTimeout,
            @DefaultValue("2s") Duration fresh,
            @DefaultValue("60s") Duration relatedFresh,
            @DefaultValue("30s") Duration articleFresh,
            @DefaultValue("30m") Duration staleIfError,
            @DefaultValue("5000") int cacheEntries) {}

    /**
     * The rendered reader pages (page/PageCache): as fresh as the upstream answers they were made from, at most
     * {@code maxSize} of HTML.
     */
    public record Pages(@DefaultValue("64MB") DataSize maxSize) {}

    /** A section of the site: its slug (as feed-service knows it) and its display name. */
    public record Section(String slug, String name) {}

    /** {@code frontend.sections} ("slug:Name") where a deployment must differ, else contracts/sections.json. */
    public List<Section> sectionList() {
        if (sections.isEmpty()) {
            return ContractSections.ALL;
        }
        return sections.stream().map(s -> s.split(":", 2))
                .map(p -> new Section(p[0], p.length > 1 ? p[1] : p[0])).toList();
    }

    public String sectionName(String slug) {
        return sectionList().stream().filter(s -> s.slug().equals(slug)).map(Section::name).findFirst().orElse(slug);
    }
}
