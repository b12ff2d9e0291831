package id.newsroom.media.upload;

import id.newsroom.media.catalog.Media;

/** What became of a picture: a new media, or the one that already had these bytes (or this source URL). */
public record Intake(Media media, boolean created) {}
