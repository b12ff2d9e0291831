package id.newsroom.feed.timeline;

import java.util.List;

/** One page of a timeline, as JSON: {"items": [...], "nextCursor": "..." | null}. */
public record Page(List<ItemView> items, String nextCursor) {}
