package id.newsroom.article.editing;

import id.newsroom.article.media.KnownMedia;
import id.newsroom.article.media.MediaReplica;
import org.springframework.stereotype.Component;

/**
 * An article image that names a media: filled in from this service's replica of the media events (never by calling
 * media-service), with the request's caption, credit and alt over the media's own.
 */
@Component
public class MediaImages {

    private final MediaReplica replica;

    public MediaImages(MediaReplica replica) {
        this.replica = replica;
    }

    /** The whole image of {@code request}, which names a mediaId; 422 when the media is unknown or deleted. */
    Article.Image resolve(ArticleRequest.ImageRequest request) {
        String mediaId = request.mediaId().trim();
        KnownMedia media = replica.find(mediaId).orElseThrow(() -> ArticleProblems.unknownMedia(mediaId,
                "unknown media '" + mediaId + "' (or not yet known here: a media uploaded seconds ago reaches "
                        + "article-service through its events within moments; retry shortly)"));
        if (media.deleted()) {
            throw ArticleProblems.unknownMedia(mediaId, "media '" + mediaId + "' was deleted");
        }
        return new Article.Image(media.defaultUrl(), either(request.caption(), media.caption()),
                either(request.credit(), media.credit()), media.id(), either(request.alt(), media.alt()),
                media.width(), media.height(), media.widths(), media.urlPattern());
    }

    /** The request's value when it gave one, else the media's; plain text either way. */
    private static String either(String requested, String own) {
        return HtmlSanitizer.plainText(requested != null ? requested : own);
    }
}
