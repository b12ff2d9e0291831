package id.newsroom.article.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The archive import ({@code article.imports.*}).
 *
 * @param batchSize       lines validated and written together (one bulk read and one or two bulk writes per batch)
 * @param maxRequestSize  largest NDJSON request; larger ones get 413 before they are read
 * @param maxLineSize     largest single line (an article with a body at the article limit fits easily)
 */
@ConfigurationProperties("article.imports")
public record ImportProperties(@DefaultValue("500") int batchSize,
        @DefaultValue("512MB") DataSize maxRequestSize,
        @DefaultValue("400KB") DataSize maxLineSize) {}
