package id.newsroom.article.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.newsroom.article.editing.ContentRules;
import id.newsroom.article.editing.Slugs;
import id.newsroom.article.security.StaffMember;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.defaults.problem.ClientProblem.FieldProblem;
import id.newsroom.defaults.problem.JsonBodyProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an NDJSON import line by line (streaming: the file never sits in memory), checks every line by the rules of an
 * ordinary article plus the import's own (status and times, unique external id), and hands batches to the writer.
 * A bad line is reported with its number and problem; the others go on.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final ContentRules articles;
    private final ImportWriter writer;
    private final JsonMapper json;
    private final Validator validator;
    private final ImportProperties properties;
    private final Clock clock = Clock.systemUTC();

    public ImportService(ContentRules articles, ImportWriter writer, JsonMapper json, Validator validator,
            ImportProperties properties) {
        this.articles = articles;
        this.writer = writer;
        this.json = json;
        this.validator = validator;
        this.properties = properties;
    }

    public ImportReport run(InputStream body, StaffMember who) throws IOException {
        ImportReport.Tally tally = new ImportReport.Tally();
        Map<String, Integer> seen = new HashMap<>(); // external id -> first line, to refuse a second copy in one file
        List<Candidate> batch = new ArrayList<>(properties.batchSize());
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        int number = 0;
        int nonBlank = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            nonBlank++;
            Candidate c = check(number, text, who, seen, tally);
            if (c != null) {
                batch.add(c);
            }
            if (batch.size() >= properties.batchSize()) {
                writer.apply(batch, who, tally);
                batch.clear();
            }
        }
        writer.apply(batch, who, tally);
        if (nonBlank == 0) {
            throw ClientProblem
                    .badRequest("The import is empty: send one JSON object per line (application/x-ndjson).");
        }
        ImportReport report = tally.report();
        // One audit line per import (not one per article: an archive has hundreds of thousands).
        log.info("Import by {}: {} lines, {} imported, {} updated, {} unchanged, {} failed, {} slugs changed", who.id(),
                nonBlank, report.imported(), report.updated(), report.unchanged(), report.failed().size(),
                report.slugChanged().size());
        return report;
    }

    private Candidate check(int number, String text, StaffMember who, Map<String, Integer> seen,
            ImportReport.Tally tally) {
        String externalId = null;
        try {
            if (text.length() > properties.maxLineSize().toBytes()) {
                throw ClientProblem.tooLarge("The line has " + text.length() + " characters; the limit is "
                        + properties.maxLineSize().toBytes() + ".");
            }
            ImportLine line = parse(text);
            externalId = line.externalId();
            validate(line);
            Integer first = seen.putIfAbsent(line.externalId(), number);
            if (first != null) {
                throw new ClientProblem(HttpStatus.CONFLICT, "duplicate-external-id", "Duplicate external id",
                        "externalId '" + line.externalId() + "' already appeared on line " + first
                                + " of this import.");
            }
            ContentRules.Content content = articles.validated(line.content(), who);
            String slug = slug(number, line, content.title(), tally);
            Instant idTime = line.publishedAt() != null ? line.publishedAt() : line.scheduledAt();
            return new Candidate(number, line, content, slug, ImportIds.articleId(line.externalId(), idTime),
                    ImportIds.fingerprint(json.writeValueAsString(line)));
        } catch (ClientProblem e) {
            tally.failed.add(new ImportReport.Failed(number, externalId, problem(e.getBody())));
            return null;
        }
    }

    private ImportLine parse(String text) {
        ImportLine line;
        try {
            line = json.readValue(text, ImportLine.class);
        } catch (JacksonException e) {
            throw JsonBodyProblems.describe(e);
        }
        if (line == null) { // the line "null": valid JSON, but no article (found by MalformedInputIT)
            throw ClientProblem.badRequest("The line is JSON null; each line must be one article object.");
        }
        return line;
    }

    /** Bean constraints of the line and of its article content, then the rules that tie status and times together. */
    private void validate(ImportLine line) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> v : validator.validate(line)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        for (ConstraintViolation<?> v : validator.validate(line.content())) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        Instant soon = clock.instant().plusSeconds(1);
        if (line.status() == ImportLine.Status.PUBLISHED) {
            if (line.publishedAt() == null) {
                problems.add(new FieldProblem("publishedAt", "is required for a PUBLISHED article"));
            } else if (line.publishedAt().isAfter(soon)) {
                problems.add(new FieldProblem("publishedAt", "must not be in the future; import it as SCHEDULED"));
            }
        } else if (line.publishedAt() != null) {
            problems.add(new FieldProblem("publishedAt", "only a PUBLISHED article has a publication time"));
        }
        if (line.status() == ImportLine.Status.SCHEDULED && line.scheduledAt() == null) {
            problems.add(new FieldProblem("scheduledAt", "is required for a SCHEDULED article"));
        } else if (line.status() != ImportLine.Status.SCHEDULED && line.scheduledAt() != null) {
            problems.add(new FieldProblem("scheduledAt", "only a SCHEDULED article has a scheduled time"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ClientProblem.invalid(problems);
        }
    }

    /** The slug the line asks for, kept exactly when it is a valid slug; otherwise made valid, and reported. */
    private static String slug(int number, ImportLine line, String title, ImportReport.Tally tally) {
        String requested = line.slug();
        if (requested == null || requested.isBlank()) {
            return Slugs.fromTitle(title);
        }
        if (SLUG.matcher(requested).matches() && requested.length() <= 200) {
            return requested;
        }
        String slug = Slugs.fromTitle(requested);
        tally.slugChanged.add(new ImportReport.SlugChanged(number, line.externalId(), requested, slug,
                "not a valid slug (lower-case ASCII letters, digits and single dashes)"));
        return slug;
    }

    /** The problem as a plain map, so that it serializes the same inside the report as it would on its own. */
    static Map<String, Object> problem(ProblemDetail p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", String.valueOf(p.getType()));
        m.put("title", p.getTitle());
        m.put("status", p.getStatus());
        m.put("detail", p.getDetail());
        if (p.getProperties() != null) {
            m.putAll(p.getProperties());
        }
        return m;
    }
}
