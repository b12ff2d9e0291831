package id.newsroom.feed.projection;

import java.util.List;

/**
 * Published (as a Spring application event, on the consumer's thread) after a batch of article events reached the
 * read model: the timeline's first-page cache drops what changed, then the live stream tells its readers. The
 * projection names no reader of it, so the read side can grow without the projection knowing.
 *
 * @param changes         what readers of the live stream should hear about, in order
 * @param readModelChanged whether any document changed (a batch of duplicates changes nothing)
 */
public record ArticlesApplied(List<ProjectionWriter.Change> changes, boolean readModelChanged) {}
