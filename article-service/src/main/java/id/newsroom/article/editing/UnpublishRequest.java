package id.newsroom.article.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Optional body of unpublish: why the story was taken down, kept in its revision. */
@Schema(example = "{\"reason\": \"Narasumber meminta koreksi data; berita ditarik sementara.\"}")
public record UnpublishRequest(@Size(max = 1000) String reason) {}
