package id.newsroom.media.catalog;

import id.newsroom.media.variants.FocalPoint;

/** A PATCH body: only the members present change. */
public record MediaPatch(String alt, String caption, String credit, FocalPoint focalPoint) {}
