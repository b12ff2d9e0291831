package id.newsroom.article.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import id.newsroom.article.config.ArticleProperties;
import id.newsroom.article.outbox.ArticleEvents;
import id.newsroom.article.outbox.OutboxRelay;
import id.newsroom.article.outbox.PendingEvent;
import id.newsroom.article.security.Editor;
import id.newsroom.article.web.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The editors' commands. Each one reads the article, decides (permissions, workflow), and commits the new state plus
 * its event plus its revision in one conditional update; a lost race is retried (no If-Match) or answered 412.
 */
@Service
public class ArticleService {

    private static final Logger log = LoggerFactory.getLogger(ArticleService.class);

    private static final int MAX_ATTEMPTS = 5;

    private final ArticleStore store;
    private final Categories categories;
    private final ArticleEvents events;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final ObjectProvider<OutboxRelay> relay;
    private final MeterRegistry meters;
    private final int bodyMaxBytes;
    private final Clock clock;

    public ArticleService(ArticleStore store, Categories categories, ArticleEvents events,
                          ObjectProvider<OutboxRelay> relay, MeterRegistry meters, ArticleProperties properties) {
        this.store = store;
        this.categories = categories;
        this.events = events;
        this.relay = relay;
        this.meters = meters;
        this.bodyMaxBytes = properties.getLimits().getBodyMaxBytes();
        this.clock = Clock.systemUTC();
        for (Change c : Change.values()) {
            counter(c); // every series exists from the start, so rate() works from the first change
        }
    }

    public Article get(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound(id));
    }

    public List<Article> list(Status status, String category, String author, Instant afterTime, String afterId,
                              int limit) {
        return store.list(status, category, author, afterTime, afterId, limit);
    }

    public List<Revision> revisions(String id) {
        get(id);
        return store.revisions(id);
    }

    public Article create(ArticleRequest req, Editor who) {
        Content c = content(req, who, null);
        Instant now = now();
        String id = Ids.uuidV7();
        String base = Slugs.fromTitle(c.title);
        for (int attempt = 0; ; attempt++) {
            String slug = attempt == 0 ? base : Slugs.withSuffix(base, id, attempt);
            Article a = new Article(id, 1, Status.DRAFT, slug, c.title, c.summary, c.body, c.category, c.tags,
                    c.author, c.image, null, now, null, now);
            try {
                store.insert(a, events.pending(a, Change.CREATED), revision(a, Change.CREATED, who,
                        List.of("title", "summary", "body", "category", "tags", "author", "image", "slug", "status")));
                committed(a, Change.CREATED, who);
                return a;
            } catch (ArticleStore.SlugTakenException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    public Article update(String id, long ifMatch, ArticleRequest req, Editor who) {
        return commit(id, ifMatch, who, current -> {
            if (current.status() == Status.DELETED) {
                throw ApiException.invalidTransition("edit", current.status().name());
            }
            if (!who.isEditor() && (!current.author().id().equals(who.id()) || current.status() != Status.DRAFT)) {
                throw ApiException.forbidden("Writers may edit only their own drafts; this article is "
                        + current.status() + " by " + current.author().name() + ".");
            }
            Content c = content(req, who, current.author());
            // The slug follows the title until first publication; after that, links to it must keep working.
            String slug = current.publishedAt() != null || Slugs.fromTitle(c.title).equals(baseOf(current))
                    ? current.slug() : Slugs.fromTitle(c.title);
            return new Article(current.id(), current.version() + 1, current.status(), slug, c.title, c.summary,
                    c.body, c.category, c.tags, c.author, c.image, current.publishedAt(), now(),
                    current.scheduledAt(), current.createdAt(), current.legacy());
        }, Change.EDITED);
    }

    public Article publish(String id, Long ifMatch, Instant backdate, Editor who) {
        Instant now = now();
        if (backdate != null && backdate.isAfter(now.plusSeconds(1))) {
            throw ApiException.invalid("publishedAt", "must not be in the future; use schedule for later publication");
        }
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "publish", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            Instant first = backdate != null ? backdate.truncatedTo(ChronoUnit.MILLIS)
                    : current.publishedAt() != null ? current.publishedAt() : now;
            return current.published(first, now);
        }, Change.PUBLISHED);
    }

    /** Publication by the scheduler: only if the article is still SCHEDULED at the version it saw. */
    public boolean publishScheduled(Article seen, Editor scheduler) {
        Instant now = now();
        Article next = seen.published(seen.publishedAt() != null ? seen.publishedAt() : now, now);
        boolean won = store.update(next, seen.version(), events.pending(next, Change.PUBLISHED),
                revision(next, Change.PUBLISHED, scheduler, changed(seen, next)));
        if (won) {
            committed(next, Change.PUBLISHED, scheduler);
        }
        return won;
    }

    public Article unpublish(String id, Long ifMatch, Editor who) {
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "unpublish", Status.PUBLISHED);
            return current.withStatus(Status.UNPUBLISHED, now());
        }, Change.UNPUBLISHED);
    }

    public Article schedule(String id, Long ifMatch, Instant at, Editor who) {
        if (!at.isAfter(now())) {
            throw ApiException.invalid("at", "must be in the future; use publish to publish now");
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        return commit(id, ifMatch, who, current -> {
            requireStatus(current, "schedule", Status.DRAFT, Status.SCHEDULED, Status.UNPUBLISHED);
            return current.withSchedule(when, now());
        }, null);
    }

    public Article delete(String id, Long ifMatch, Editor who) {
        return commit(id, ifMatch, who, current -> {
            if (current.status() == Status.DELETED) {
                throw ApiException.invalidTransition("delete", current.status().name());
            }
            return current.withStatus(Status.DELETED, now());
        }, Change.DELETED);
    }

    interface Decision {
        Article decide(Article current);
    }

    /** Read, decide, conditional write; {@code change} null means "scheduled or rescheduled", known after reading. */
    private Article commit(String id, Long ifMatch, Editor who, Decision decision, Change change) {
        for (int attempt = 1; ; attempt++) {
            Article current = get(id);
            if (ifMatch != null && current.version() != ifMatch) {
                throw ApiException.stale(ifMatch, current.version());
            }
            Article next = decision.decide(current);
            Change kind = change != null ? change
                    : current.status() == Status.SCHEDULED ? Change.RESCHEDULED : Change.SCHEDULED;
            for (int slugAttempt = 0; ; slugAttempt++) {
                try {
                    if (store.update(next, current.version(), events.pending(next, kind),
                            revision(next, kind, who, changed(current, next)))) {
                        committed(next, kind, who);
                        return next;
                    }
                    break;
                } catch (ArticleStore.SlugTakenException e) {
                    if (slugAttempt >= 3) {
                        throw e;
                    }
                    next = withSlug(next, Slugs.withSuffix(Slugs.fromTitle(next.title()), id, slugAttempt + 1));
                }
            }
            if (ifMatch != null) {
                throw ApiException.stale(ifMatch, get(id).version());
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "busy", "Article busy",
                        "The article kept changing while this request was applied; try again.");
            }
        }
    }

    private static Article withSlug(Article a, String slug) {
        return new Article(a.id(), a.version(), a.status(), slug, a.title(), a.summary(), a.body(), a.category(),
                a.tags(), a.author(), a.image(), a.publishedAt(), a.updatedAt(), a.scheduledAt(), a.createdAt(),
                a.legacy());
    }

    private static String baseOf(Article a) {
        return Slugs.fromTitle(a.title());
    }

    private static void requireStatus(Article current, String action, Status... allowed) {
        for (Status s : allowed) {
            if (current.status() == s) {
                return;
            }
        }
        throw ApiException.invalidTransition(action, current.status().name());
    }

    /** Validated, sanitized content of a request. */
    public record Content(String title, String summary, String body, Article.Category category, List<String> tags,
                          Article.Author author, Article.Image image) {
    }

    /** The checks and cleaning of {@link #create}, for the archive import (which keeps its own slug and times). */
    public Content validated(ArticleRequest req, Editor who) {
        return content(req, who, null);
    }

    /** Validates and cleans what the client sent (beyond the bean constraints). */
    private Content content(ArticleRequest req, Editor who, Article.Author existingAuthor) {
        int bodyBytes = req.body().getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > bodyMaxBytes) {
            throw ApiException.tooLarge("body has " + bodyBytes + " bytes; the limit is " + bodyMaxBytes + " bytes.");
        }
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        Article.Category category = categories.find(req.category()).orElse(null);
        if (category == null) {
            problems.add(new ApiException.FieldProblem("category", "unknown category '" + req.category()
                    + "'; known: " + categories.all().stream().map(Article.Category::slug).toList()));
        }
        String title = HtmlSanitizer.plainText(req.title());
        if (title.length() < 5) {
            problems.add(new ApiException.FieldProblem("title", "must have at least 5 characters of text"));
        }
        Article.Image image = null;
        if (req.image() != null) {
            if (!isWebUrl(req.image().url())) {
                problems.add(new ApiException.FieldProblem("image.url", "must be an absolute http(s) URL"));
            } else {
                image = new Article.Image(req.image().url().trim(), HtmlSanitizer.plainText(req.image().caption()),
                        HtmlSanitizer.plainText(req.image().credit()));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Article.Author author;
        if (req.author() != null && !(req.author().id().equals(who.id()))) {
            if (!who.isEditor()) {
                throw ApiException.forbidden("Only editors may set another author.");
            }
            author = new Article.Author(req.author().id().trim(), HtmlSanitizer.plainText(req.author().name()));
        } else if (req.author() != null) {
            author = new Article.Author(who.id(), HtmlSanitizer.plainText(req.author().name()));
        } else {
            author = existingAuthor != null ? existingAuthor : new Article.Author(who.id(), who.name());
        }
        String summary = req.summary() == null ? "" : HtmlSanitizer.plainText(req.summary());
        return new Content(title, summary, sanitizer.sanitize(req.body()), category, normalizeTags(req.tags()),
                author, image);
    }

    static List<String> normalizeTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String n = HtmlSanitizer.plainText(t).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
            if (!n.isEmpty()) {
                out.add(n.length() > 50 ? n.substring(0, 50).trim() : n);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = URI.create(url.trim());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> changed(Article a, Article b) {
        List<String> fields = new ArrayList<>();
        diff(fields, "status", a.status(), b.status());
        diff(fields, "slug", a.slug(), b.slug());
        diff(fields, "title", a.title(), b.title());
        diff(fields, "summary", a.summary(), b.summary());
        diff(fields, "body", a.body(), b.body());
        diff(fields, "category", a.category(), b.category());
        diff(fields, "tags", a.tags(), b.tags());
        diff(fields, "author", a.author(), b.author());
        diff(fields, "image", a.image(), b.image());
        diff(fields, "publishedAt", a.publishedAt(), b.publishedAt());
        diff(fields, "scheduledAt", a.scheduledAt(), b.scheduledAt());
        return fields;
    }

    private static void diff(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private Revision revision(Article a, Change change, Editor who, List<String> fields) {
        return new Revision(a.version(), change.value(), a.updatedAt(), new Article.Author(who.id(), who.name()), fields);
    }

    /** After a commit: count it, leave an audit line (with the request's trace id), and wake the relay. */
    private void committed(Article article, Change change, Editor who) {
        counter(change).increment();
        log.info("Article {} v{} {} by {} (status {})", article.id(), article.version(), change.name().toLowerCase(Locale.ROOT),
                who.id(), article.status());
        OutboxRelay r = relay.getIfAvailable();
        if (r != null) {
            r.wakeUp();
        }
    }

    private Counter counter(Change change) {
        return Counter.builder("news.article.changes").description("Committed article changes by kind")
                .tag("change", change.value()).register(meters);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
