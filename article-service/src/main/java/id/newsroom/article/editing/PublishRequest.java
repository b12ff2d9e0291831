package id.newsroom.article.editing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Optional body of publish: an editor may back-date an archive import (never into the future). */
@Schema(example = "{\"publishedAt\": \"2024-08-17T03:00:00Z\"}")
public record PublishRequest(Instant publishedAt) {}
