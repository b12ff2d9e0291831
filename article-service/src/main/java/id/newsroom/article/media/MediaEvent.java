package id.newsroom.article.media;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * article-service's own view of the data of a media event on news.media.v1 (contracts/media-event.schema.json): only
 * what an article's image needs. A tolerant reader: what it does not use (focal point, revision, times) is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediaEvent(String mediaId, Long version, Integer width, Integer height, String alt, String caption,
        String credit, List<Integer> widths, String urlPattern) {}
