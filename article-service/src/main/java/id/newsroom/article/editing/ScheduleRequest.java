package id.newsroom.article.editing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** When a scheduled article goes out. */
@Schema(example = "{\"at\": \"2026-12-01T00:00:00Z\"}")
public record ScheduleRequest(@NotNull Instant at) {}
